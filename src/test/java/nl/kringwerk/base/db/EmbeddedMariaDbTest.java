package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import nl.kringwerk.KringwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded MariaDB of the run command cannot be reached from another machine, nor entered as root. */
@KringwerkTest
class EmbeddedMariaDbTest {

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void itTakesConnectionsOnTheLoopbackAddressOnly() throws IOException {
        InetAddress outside = nonLoopbackAddress().orElseGet(() -> {
            assumeTrue(false, "this machine has no network address besides loopback");
            return null;
        });

        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), db.port()), 2_000);
            assertThat(local.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> {
                    try (Socket remote = new Socket()) {
                        remote.connect(new InetSocketAddress(outside, db.port()), 2_000);
                    }
                })
                .as("connecting to %s:%d", outside.getHostAddress(), db.port())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void rootWithoutAPasswordIsRefused() {
        assertThatThrownBy(() ->
                        DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void theAccountsPasswordsAreKeptInTheDataFolderReadableByItsOwnerOnly() throws IOException {
        Path file = db.dataDir().toPath().resolve(EmbeddedAccounts.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        Properties kept = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            kept.load(reader);
        }
        assertThat(kept.getProperty("migration.user"))
                .isEqualTo(db.migrationAccount().user());
        assertThat(kept.getProperty("migration.password"))
                .isEqualTo(db.migrationAccount().password());
        assertThat(kept.getProperty("runtime.user"))
                .isEqualTo(db.runtimeAccount().user());
        assertThat(kept.getProperty("runtime.password"))
                .isEqualTo(db.runtimeAccount().password())
                .hasSizeGreaterThanOrEqualTo(40)
                .isNotEqualTo(db.migrationAccount().password());
    }

    @Test
    void theInitFileWithThePasswordsIsGoneOnceTheServerRuns() {
        assertThat(db.dataDir().toPath().resolve("kringwerk-accounts.sql")).doesNotExist();
    }

    /** IPv4 first: the one most machines have; link-local IPv6 needs a scope to connect to. */
    static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(EmbeddedMariaDbTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address ->
                        !address.isLoopbackAddress() && !address.isLinkLocalAddress() && !address.isAnyLocalAddress())
                .min(Comparator.comparing(address -> address.getAddress().length));
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
