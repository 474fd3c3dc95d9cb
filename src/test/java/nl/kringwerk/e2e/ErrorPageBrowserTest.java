package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.SchemaOwner;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A page that fails to load shows a plain error page with a reference; the log has the rest. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPageBrowserTest extends BrowserTest {

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void aPageThatFailsToLoadShowsAReferenceInsteadOfAStackTrace(CapturedOutput output) {
        TestWorld.World world = testWorld.create();
        logIn(world.admin(), TestWorld.PASSWORD);
        expectPath("groepen");
        String text;
        SchemaOwner.of(db).execute("RENAME TABLE kring TO kring_away");
        try {
            page.navigate(url("groepen"));
            assertThat(page.locator("#error-reference")).isVisible();
            text = page.locator("body").innerText();
        } finally {
            SchemaOwner.of(db).execute("RENAME TABLE kring_away TO kring");
        }
        screenshot("32-error-page");
        Assertions.assertThat(text)
                .contains("Er ging iets mis")
                .doesNotContain("Exception")
                .doesNotContain("at nl.kringwerk")
                .doesNotContain("kring_away");
        Matcher reference = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(text);
        Assertions.assertThat(reference.find()).isTrue();
        Assertions.assertThat(output.getAll()).containsPattern("(?s)" + reference.group() + ".*Exception.*\\n\\s+at ");
    }
}
