package nl.kringwerk.base.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the backup and restore scripts of {@code docker/backup} (the same ones the docker-compose setup
 * runs inside its database container), copied onto the classpath by the build. One implementation of
 * the dump for every installation: a dump without DEFINER clauses, checked on restore.
 */
public final class BackupScripts {

    private static final String[] FILES = {"connection.sh", "kringwerk-backup", "kringwerk-restore"};

    private BackupScripts() {}

    /** Where a MariaDB server listens, the account that owns the schema, and the client programs. */
    public record Target(File binDir, String host, int port, String database, DatabaseAccount owner, boolean tls) {

        public static Target of(EmbeddedMariaDb db, File baseDir) {
            return new Target(
                    new File(baseDir, "bin"), "127.0.0.1", db.port(), db.database(), db.migrationAccount(), false);
        }
    }

    /** Writes a backup of the target's database to {@code file}. */
    public static void backup(Target target, Path file) {
        run(target, "kringwerk-backup", file.toAbsolutePath().toString());
    }

    /** Restores {@code file} into the target's database, which must be empty. */
    public static void restore(Target target, Path file) {
        run(target, "kringwerk-restore", file.toAbsolutePath().toString());
    }

    private static void run(Target target, String script, String argument) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(
                    "kringwerk-backup",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            for (String name : FILES) {
                try (InputStream in = BackupScripts.class.getResourceAsStream("/backup/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("backup/" + name + " is missing from the classpath");
                    }
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.setPosixFilePermissions(folder.resolve(name), PosixFilePermissions.fromString("rwx------"));
            }
            ProcessBuilder process = new ProcessBuilder(
                            "bash", folder.resolve(script).toString(), argument)
                    .inheritIO()
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = process.environment();
            env.put("PATH", target.binDir().getAbsolutePath() + File.pathSeparator + env.getOrDefault("PATH", ""));
            env.put("KRINGWERK_DB_HOST", target.host());
            env.put("KRINGWERK_DB_PORT", Integer.toString(target.port()));
            env.put("KRINGWERK_DB_NAME", target.database());
            env.put("KRINGWERK_DB_USER", target.owner().user());
            env.put("KRINGWERK_DB_PASSWORD", target.owner().password());
            env.put("KRINGWERK_DB_SSL", target.tls() ? "on" : "off");
            int exit = process.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(
                        script + " stopped with exit code " + exit + " (see its message above)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + script, e);
        } finally {
            if (folder != null) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException e) {
                    // a temporary folder left behind is no reason to fail the backup
                }
            }
        }
    }
}
