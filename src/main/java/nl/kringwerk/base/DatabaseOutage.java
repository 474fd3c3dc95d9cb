package nl.kringwerk.base;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one place that tells "the database is away" (down, restarting, not answering within the
 * timeouts of application.properties) from every other failure. Such a failure says nothing about the
 * input: the same action, with the same idempotency key, may simply be tried again. The screens show
 * {@link #MESSAGE_KEY}: "De verbinding met de database is even weg. Er is niets opgeslagen. Probeer het
 * zo nog eens."
 */
public final class DatabaseOutage {

    public static final String MESSAGE_KEY = "error.database-away";

    /** Spring's, Hibernate's, the pool's and the driver's names for a connection that failed or timed out. */
    private static final List<Class<? extends Throwable>> OUTAGES = List.of(
            DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class,
            RecoverableDataAccessException.class,
            QueryTimeoutException.class,
            JDBCConnectionException.class,
            org.hibernate.QueryTimeoutException.class,
            jakarta.persistence.QueryTimeoutException.class,
            SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class,
            SQLRecoverableException.class,
            SQLTimeoutException.class,
            ConnectException.class,
            SocketTimeoutException.class);

    private DatabaseOutage() {}

    /** Whether the failure, or anything that caused it, is the database being away. */
    public static boolean isCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            Throwable current = cause;
            if (OUTAGES.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
