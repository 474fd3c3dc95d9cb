package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's {@code --backup FILE} and {@code --restore FILE}: made while Kringwerk is
 * stopped, restored into a fresh data folder with new accounts, the old folder kept aside.
 */
class EmbeddedBackupTest {

    @Test
    void aBackupRestoresIntoAFreshDataFolderAndTheOldOneIsKeptAside() throws Exception {
        File dataDir = ScratchServers.freshDataDir("embedded-backup");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        try {
            ScratchServers.flyway(db).migrate();
            try (Connection runtime = db.connect(db.runtimeAccount());
                    Statement statement = runtime.createStatement()) {
                statement.executeUpdate("insert into organisation (id, name, created_at)"
                        + " values (1, 'Stichting Voor De Backup', now(6))");
            }
            EmbeddedBackup running = new EmbeddedBackup(ScratchServers.BASE_DIR, dataDir, "kringwerk");
            assertThatThrownBy(() -> running.backup(Path.of("never.sql"))).hasMessageContaining("stop Kringwerk first");
        } finally {
            db.stop();
        }

        Path backup = dataDir.toPath().resolveSibling("kringwerk.sql");
        EmbeddedBackup embedded = new EmbeddedBackup(ScratchServers.BASE_DIR, dataDir, "kringwerk");
        embedded.backup(backup);
        Optional<Path> aside = embedded.restore(backup);

        assertThat(aside)
                .hasValueSatisfying(old -> assertThat(old.resolve("kringwerk")).isDirectory());
        EmbeddedMariaDb restored = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        try (Connection runtime = restored.connect(restored.runtimeAccount());
                Statement statement = runtime.createStatement()) {
            assertThat(SqlRows.firstColumn(statement, "select name from organisation"))
                    .containsExactly("Stichting Voor De Backup");
            assertThat(ScratchServers.flyway(restored).info().pending()).isEmpty();
        } finally {
            restored.stop();
        }
    }

    @Test
    void theCommandLineNamesTheFileEitherWay() {
        assertThat(BackupCommand.parse(new String[] {"--backup=k.sql"}))
                .contains(new BackupCommand.Request(BackupCommand.Action.BACKUP, Path.of("k.sql")));
        assertThat(BackupCommand.parse(new String[] {"--restore", "k.sql"}))
                .contains(new BackupCommand.Request(BackupCommand.Action.RESTORE, Path.of("k.sql")));
        assertThat(BackupCommand.parse(new String[] {"--server.port=0"})).isEmpty();
        assertThatThrownBy(() -> BackupCommand.parse(new String[] {"--restore"}))
                .hasMessageContaining("--restore FILE");
    }
}
