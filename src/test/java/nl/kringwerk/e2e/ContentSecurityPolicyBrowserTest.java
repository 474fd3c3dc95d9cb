package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages run under the Content-Security-Policy: the browser refuses nothing they need. */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMainPagesRunUnderThePolicyWithoutASingleViolation() {
        TestWorld.World world = testWorld.create();
        long piece = jdbc.queryForObject("SELECT MIN(id) FROM material", Long.class);
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

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
        Assertions.assertThat(violations).isEmpty();
    }
}
