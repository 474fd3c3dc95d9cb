package nl.kringwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every account the demo data makes is in the README's table of demo accounts, and nothing more. */
class DemoAccountsInReadmeTest {

    /** The demo's accounts as DemoData makes them: {@code account("coordinator", ...)} and the like. */
    static final Pattern MADE = Pattern.compile(
            "(?:administration\\.(?:account|officer|pending|stopped)|accounts\\.create)\\(\\s*\"([a-z0-9._-]+)\"");

    /** A row of the README's table: {@code | Coördinator | `coordinator` | ... |}. */
    static final Pattern LISTED = Pattern.compile("(?m)^\\| [^|]+ \\| `([a-z0-9._-]+)` \\|");

    @Test
    void theReadmeListsEveryDemoAccount() throws IOException {
        Set<String> made = all(MADE, Files.readString(Path.of("src/main/java/nl/kringwerk/demo/DemoData.java")));
        String readme = Files.readString(Path.of("README.md"));
        String table =
                readme.substring(readme.indexOf("**Demo accounts**"), readme.indexOf("The demo savings circles"));
        assertThat(made).contains("admin", "coordinator", "voorzitter", "fonds");
        assertThat(all(LISTED, table)).isEqualTo(made);
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
