package nl.kringwerk.security;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new installation on a database of its own, empty at the start: no accounts, no demo data and
 * no {@code KRINGWERK_ADMIN_PASSWORD}, so the start printed a setup code.
 */
@SpringBootTest(
        properties = {
            "kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-first-setup/base",
            "kringwerk.embedded-db.data-dir=${kringwerk.test-dir:target}/mariadb-first-setup/data",
            "kringwerk.embedded-db.fresh=true"
        })
@ActiveProfiles("test")
class FirstSetupTest {

    static final String PASSWORD = "zeven zwanen op de vijver";

    @Autowired
    FirstSetup setup;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSetupCodeIsKeptAsAHashWorksAfterARestartAndOnAnotherInstanceAndOnlyOnce() {
        assertThat(accounts.count()).isZero();
        String beforeRestart = setup.open();
        String afterRestart = setup.open();
        // Another instance of the app on the same database: nothing of the first one's memory (its
        // transactions as Spring would run them).
        FirstSetup otherInstance = new FirstSetup(accounts, passwordEncoder, audit, jdbc, clock);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        assertThat(otherInstance.isOpen()).isTrue();

        List<String> stored = jdbc.queryForList("SELECT code_hash FROM setup_code", String.class);
        assertThat(stored)
                .contains(StartCodes.hash(beforeRestart), StartCodes.hash(afterRestart))
                .noneMatch(h -> h.contains(StartCodes.normalise(beforeRestart)));

        refused(
                () -> inTransaction.execute(s ->
                        otherInstance.createAdministrator("AAAA-BBBB-CCCC", "admin", "Beheer", PASSWORD, PASSWORD)),
                "error.setup-code-wrong");
        assertThat(accounts.count()).as("nothing written").isZero();

        assertThat((String) inTransaction.execute(s -> otherInstance.createAdministrator(
                        beforeRestart.toLowerCase(), "beheer", "Beheer", PASSWORD, PASSWORD)))
                .isEqualTo("beheer");
        assertThat(accounts.findByUsername("beheer"))
                .get()
                .extracting(UserAccount::getRole)
                .isEqualTo(Role.ADMIN);

        for (String code : List.of(beforeRestart, afterRestart)) {
            assertThatThrownBy(() -> setup.createAdministrator(code, "tweede", "Tweede", PASSWORD, PASSWORD))
                    .as("every code is spent once the first administrator exists")
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        assertThat(setup.isOpen()).isFalse();
        assertThat(otherInstance.isOpen()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM setup_code WHERE used_at IS NULL", Long.class))
                .isZero();
        assertThat(accounts.count()).isEqualTo(1);
    }
}
