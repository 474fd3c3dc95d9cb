package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PageAssertions;
import java.util.regex.Pattern;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Timeouts the heartbeat cannot defeat, on shortened settings: a chair's screen (3 s here, 45 min in
 * production) and a facilitator's (1 h here) that reaches the absolute limit (12 s here, 12 h).
 * Vaadin's heartbeat runs every second, so only the timeouts can end these sessions.
 */
@TestPropertySource(
        properties = {
            "kringwerk.session.idle-timeouts.officer=3s",
            "kringwerk.session.idle-timeouts.facilitator=1h",
            "kringwerk.session.absolute-timeout=12s",
            "vaadin.heartbeatInterval=1"
        })
class SessionTimeoutBrowserTest extends BrowserTest {

    private static final Pattern LOGIN = Pattern.compile("^http://localhost:\\d+/login$");

    @Test
    void aScreenNobodyTouchesSignsOutAfterTheIdleTimeOfItsRole() {
        TestWorld.World world = testWorld.create();
        logIn(world.officerA(), TestWorld.PASSWORD);
        assertThat(page).not().hasURL(LOGIN);
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        long signedIn = System.nanoTime();

        assertThat(page).hasURL(LOGIN, new PageAssertions.HasURLOptions().setTimeout(15_000));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        // Before the absolute limit: this was the idle timeout.
        Assertions.assertThat((System.nanoTime() - signedIn) / 1_000_000_000).isLessThan(12);
    }

    @Test
    void aScreenInUseSignsOutAtTheAbsoluteLimit() {
        TestWorld.World world = testWorld.create();
        logIn(world.facilitatorA(), TestWorld.PASSWORD);
        assertThat(page).not().hasURL(LOGIN);
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        // Longer than the chair's idle time: the facilitator's own idle time (1 h) holds.
        page.waitForTimeout(4_500);
        assertThat(page).not().hasURL(LOGIN);
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        assertThat(page).hasURL(LOGIN, new PageAssertions.HasURLOptions().setTimeout(17_000));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
