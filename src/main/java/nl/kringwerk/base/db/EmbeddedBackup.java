package nl.kringwerk.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kringwerk.base.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Backup and restore of the embedded database while Kringwerk is stopped: the server is started on
 * the data folder for the moment of the dump, or on a fresh data folder (with its own two accounts)
 * for a restore. A data folder that was there before a restore is moved aside, never deleted.
 */
final class EmbeddedBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

    private final File baseDir;
    private final File dataDir;
    private final String database;

    EmbeddedBackup(File baseDir, File dataDir, String database) {
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.database = database;
    }

    void backup(Path file) {
        if (!new File(dataDir, "mysql").isDirectory()) {
            throw new IllegalStateException("Er is geen ingebouwde database in " + dataDir + " / There is no embedded"
                    + " database in " + dataDir);
        }
        requireStopped();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(baseDir, dataDir, database, List.of());
        try {
            BackupScripts.backup(BackupScripts.Target.of(db, baseDir), file);
        } finally {
            db.stop();
        }
    }

    /** @return where the data folder that was there before went, if there was one */
    Optional<Path> restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Geen backup gevonden / No backup found: " + file);
        }
        requireStopped();
        Optional<Path> aside = moveAside();
        try {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(baseDir, dataDir, database, List.of());
            try {
                BackupScripts.restore(BackupScripts.Target.of(db, baseDir), file);
            } finally {
                db.stop();
            }
        } catch (RuntimeException e) {
            putBack(aside, e);
            throw e;
        }
        aside.ifPresent(old -> log.info(
                "Kringwerk: de vorige data staat in {} (verwijder die map als alles goed is) / the previous data"
                        + " is in {} (delete that folder when all is well)",
                old,
                old));
        return aside;
    }

    /** The embedded server of a running Kringwerk keeps a pid file in its data folder. */
    private void requireStopped() {
        if (!dataDir.isDirectory()) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir.toPath())) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .toList()) {
                String pid = Files.readString(pidFile).strip();
                if (pid.matches("\\d+")
                        && ProcessHandle.of(Long.parseLong(pid))
                                .map(ProcessHandle::isAlive)
                                .orElse(false)) {
                    throw new IllegalStateException("Kringwerk (of zijn database) draait nog op " + dataDir
                            + ": stop Kringwerk eerst (Ctrl+C). / Kringwerk (or its database) is still running on "
                            + dataDir + ": stop Kringwerk first (Ctrl+C).");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dataDir, e);
        }
    }

    private Optional<Path> moveAside() {
        Path data = dataDir.toPath();
        try {
            if (!Files.isDirectory(data)) {
                return Optional.empty();
            }
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findFirst().isEmpty()) {
                    Files.delete(data);
                    return Optional.empty();
                }
            }
            String stamp = LocalDateTime.now(ClockConfiguration.amsterdam())
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = data.resolveSibling(data.getFileName() + ".before-restore-" + stamp);
            Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + data + " aside", e);
        }
    }

    private void putBack(Optional<Path> aside, RuntimeException failure) {
        try {
            FileSystemUtils.deleteRecursively(dataDir.toPath());
            if (aside.isPresent()) {
                Files.move(aside.get(), dataDir.toPath(), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
