package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.List;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The pages run under the Content-Security-Policy and the browser refuses nothing they need. Every
 * browser test checks its console (BrowserTest); this one walks the main pages the others skip.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    void theMainPagesRunUnderThePolicyWithoutASingleViolation() {
        TestWorld.World world = testWorld.create();
        long piece = jdbc.queryForObject("SELECT MIN(id) FROM material", Long.class);
        Response login = page.navigate(url("login"));
        Assertions.assertThat(login.headers()).containsKey("content-security-policy");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        logIn(world.admin(), TestWorld.PASSWORD);
        expectPath("groepen");
        for (String path : List.of(
                "groepen",
                "groepen/" + world.groupA(),
                "groepen/" + world.groupA() + "/spaarboek",
                "materiaal",
                "materiaal/" + piece,
                "inzichten")) {
            page.navigate(url(path));
            assertThat(page.locator("vaadin-app-layout")).isVisible();
            assertThat(page.locator("h1").first()).isVisible();
            page.waitForTimeout(300);
        }
        assertThat(page.locator("canvas").first()).isVisible();
        page.locator("#logout").click();
        expectPath("login");
        screenshot("30-after-the-csp-walk");
        // BrowserTest fails the test on any Content-Security-Policy message in the console.
    }

    /** What the policy is for: a script slipped into the page (as an XSS would) does not run. */
    @Test
    void anInjectedInlineScriptDoesNotRunAndTheConsoleSaysSo() {
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.evaluate("() => { const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.head.appendChild(s); }");
        page.waitForTimeout(300);
        Assertions.assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
        Assertions.assertThat(cspViolations).isNotEmpty();
        cspViolations.clear();
    }
}
