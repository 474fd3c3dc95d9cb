package nl.kringwerk.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two accounts of the embedded MariaDB: the migration account owns the schema (Flyway only), the
 * runtime account reads and writes rows and nothing else. Their passwords are made at the first start
 * and kept in a file in the data folder that only its owner may read, so later starts reuse them.
 */
record EmbeddedAccounts(DatabaseAccount migration, DatabaseAccount runtime) {

    static final String FILE_NAME = "kringwerk-accounts.properties";
    static final String MIGRATION_USER = "kringwerk_migration";
    static final String RUNTIME_USER = "kringwerk_app";
    /** The server listens on the loopback address only, so the accounts exist for that host only. */
    static final String HOST = "127.0.0.1";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAccounts.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedAccounts generate() {
        return new EmbeddedAccounts(
                new DatabaseAccount(MIGRATION_USER, newPassword()), new DatabaseAccount(RUNTIME_USER, newPassword()));
    }

    /** 256 random bits in URL-safe Base64: no quote or backslash ever needs escaping in SQL. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The accounts kept from an earlier start, or empty when this data folder has none yet. */
    static Optional<EmbeddedAccounts> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} could be read by others; it is now readable by its owner only (600)", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return Optional.of(
                    new EmbeddedAccounts(account(properties, "migration", file), account(properties, "runtime", file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static DatabaseAccount account(Properties properties, String role, Path file) {
        String user = properties.getProperty(role + ".user", "");
        String password = properties.getProperty(role + ".password", "");
        if (!IDENTIFIER.matcher(user).matches() || password.isBlank()) {
            throw new IllegalStateException(file + " lacks the " + role + " account; delete the file and start"
                    + " again to make new accounts");
        }
        return new DatabaseAccount(user, password);
    }

    /** Written next to the data, readable by its owner only, replacing any earlier file in one step. */
    void write(Path dataDir) {
        Path file = file(dataDir);
        Properties properties = new Properties();
        properties.setProperty("migration.user", migration.user());
        properties.setProperty("migration.password", migration.password());
        properties.setProperty("runtime.user", runtime.user());
        properties.setProperty("runtime.password", runtime.password());
        try {
            Path draft =
                    Files.createTempFile(dataDir, FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                properties.store(
                        writer,
                        " The accounts of Kringwerk's embedded MariaDB (see SECURITY.md). Keep this file private.");
            }
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /**
     * What the server runs once at the start that creates the accounts: the schema, both accounts with
     * their grants, and the anonymous accounts and open test database of a fresh install removed (as
     * {@code mariadb-secure-installation} does). One statement per line, as an init file wants it.
     */
    String provisioningSql(String database) {
        String schema = "`" + requireIdentifier(database) + "`";
        return String.join(
                        "\n",
                        "CREATE DATABASE IF NOT EXISTS " + schema
                                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                        "CREATE OR REPLACE USER " + name(migration) + " IDENTIFIED BY '" + migration.password() + "';",
                        "GRANT ALL PRIVILEGES ON " + schema + ".* TO " + name(migration) + ";",
                        "CREATE OR REPLACE USER " + name(runtime) + " IDENTIFIED BY '" + runtime.password() + "';",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON " + schema + ".* TO " + name(runtime) + ";",
                        "DELETE FROM mysql.global_priv WHERE User = '';",
                        "DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\\\_%';",
                        "DROP DATABASE IF EXISTS test;",
                        "FLUSH PRIVILEGES;")
                + "\n";
    }

    private static String name(DatabaseAccount account) {
        return "'" + requireIdentifier(account.user()) + "'@'" + HOST + "'";
    }

    static String requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain MariaDB name (letters, digits, _): " + name);
        }
        return name;
    }
}
