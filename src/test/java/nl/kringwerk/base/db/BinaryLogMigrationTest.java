package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A server with binary logging on (for point-in-time backups or a replica) accepts the migrations'
 * triggers from the migration account only when it trusts trigger creators; otherwise Kringwerk stops
 * before migrating and says what to set, instead of leaving a half-migrated schema.
 */
class BinaryLogMigrationTest {

    @Test
    void withBinaryLoggingOnTheMigrationsRunWhenTheServerTrustsTriggerCreatorsAndStopCleanlyWhenNot() throws Exception {
        File dataDir = ScratchServers.freshDataDir("binary-log");

        EmbeddedMariaDb untrusting = EmbeddedMariaDb.start(
                ScratchServers.BASE_DIR,
                dataDir,
                "kringwerk",
                List.of("--log-bin", "--log-bin-trust-function-creators=0"));
        DatabaseAccount migration = untrusting.migrationAccount();
        try {
            try (Connection connection = untrusting.connect(migration);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table probe (id int)");
                assertThatThrownBy(() -> statement.execute(
                                "create trigger probe_guard before update on probe for each row set @seen = 1"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getErrorCode()).isEqualTo(1419));
                statement.execute("drop table probe");
            }
            Flyway flyway = ScratchServers.flyway(untrusting);
            assertThatThrownBy(() -> BinaryLogCheck.beforeMigrating(flyway))
                    .hasMessageContaining("log_bin_trust_function_creators=1")
                    .hasMessageContaining("binaire logging")
                    .hasMessageContaining("binary logging");
            assertThat(flyway.info().applied()).isEmpty();
        } finally {
            untrusting.stop();
        }

        EmbeddedMariaDb server =
                EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of("--log-bin"));
        try {
            assertThat(server.migrationAccount().password())
                    .as("the passwords made at the first start are reused")
                    .isEqualTo(migration.password());
            Flyway flyway = ScratchServers.flyway(server);
            assertThatCode(() -> BinaryLogCheck.beforeMigrating(flyway)).doesNotThrowAnyException();
            flyway.migrate();

            try (Connection connection = server.connect(server.migrationAccount());
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "select @@log_bin")).isEqualTo("1");
                assertThat(single(statement, "select count(*) from flyway_schema_history where not success"))
                        .isEqualTo("0");
                assertThat(SqlRows.firstColumn(
                                statement,
                                "select concat(trigger_name, ' by ', definer) from information_schema.triggers"
                                        + " where trigger_schema = 'kringwerk' order by trigger_name"))
                        .containsExactly(
                                "audit_event_no_delete by kringwerk_migration@127.0.0.1",
                                "audit_event_no_update by kringwerk_migration@127.0.0.1",
                                "journal_entry_is_append_only_delete by kringwerk_migration@127.0.0.1",
                                "journal_entry_is_append_only_update by kringwerk_migration@127.0.0.1");
            }
        } finally {
            server.stop();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        List<String> rows = SqlRows.firstColumn(statement, sql);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
