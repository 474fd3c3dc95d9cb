package nl.kringwerk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import nl.kringwerk.base.domain.InvalidInputException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as "the database is away" (try again) and what does not (a refusal, or a mistake). */
class DatabaseOutageTest {

    @Test
    void aConnectionThatCannotBeHadOrBreaksOrTimesOutIsTheDatabaseBeingAway() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("kringwerk-embedded - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("refused"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new JDBCConnectionException(
                        "could not execute statement", new SQLNonTransientConnectionException("Socket error")))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new TransactionSystemException(
                        "Could not commit", new SQLNonTransientConnectionException("(conn=9) Socket error"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new QueryTimeoutException("Query timed out")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLTimeoutException("Read timed out"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void aRefusalAMissingTableOrAMistakeInTheCodeIsNot() {
        assertThat(DatabaseOutage.isCause(InvalidInputException.of("amount", "error.amount-zero")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("Duplicate entry")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new BadSqlGrammarException(
                        "select", "SELECT * FROM kring", new SQLException("Table 'kring' doesn't exist"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a mistake")))
                .isFalse();
    }
}
