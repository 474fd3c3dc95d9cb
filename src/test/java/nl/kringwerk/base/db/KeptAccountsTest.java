package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passwords made at the first start are reused; when they no longer fit, the start says what to do. */
class KeptAccountsTest {

    @Test
    void accountsThatNoLongerFitStopTheStartAndDeletingTheFileMakesThemAnew() throws Exception {
        File dataDir = ScratchServers.freshDataDir("kept-accounts");
        Path file = dataDir.toPath().resolve(EmbeddedAccounts.FILE_NAME);
        EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of())
                .stop();

        Files.writeString(file, Files.readString(file).replaceFirst("runtime.password=.*", "runtime.password=guessed"));
        assertThatThrownBy(() -> EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of()))
                .hasMessageContaining("refuses the accounts kept in " + file)
                .hasMessageContaining("Delete that file and start again");

        Files.delete(file);
        EmbeddedMariaDb again = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, dataDir, "kringwerk", List.of());
        try {
            assertThat(again.runtimeAccount().password()).isNotEqualTo("guessed");
            again.connect(again.runtimeAccount()).close();
            assertThat(file).exists();
        } finally {
            again.stop();
        }
    }
}
