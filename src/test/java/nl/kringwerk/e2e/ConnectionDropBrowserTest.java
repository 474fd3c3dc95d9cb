package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The wifi drops while the group looks at an amount (issue 19). The screen says to carry on on paper;
 * nothing is booked while the connection is gone; when it is back, the count is still on the screen
 * and "Ja, gezien" books it exactly once.
 *
 * <p>The connection is cut for real: the browser goes offline (no request gets out) and the push
 * WebSocket, which Chromium's offline mode leaves open, is closed and refused through a route.
 */
class ConnectionDropBrowserTest extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions PATIENT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private final AtomicBoolean cut = new AtomicBoolean();
    private final List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();

    @Test
    void aCountShownWhenTheConnectionDropsIsConfirmedOnceWhenItIsBack() {
        page.routeWebSocket(Pattern.compile(".*/VAADIN/push.*"), socket -> {
            if (cut.get()) {
                socket.close();
                return;
            }
            WebSocketRoute server = socket.connectToServer();
            sockets.add(socket);
            sockets.add(server);
        });
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        showTwelveFifty(world.memberA());

        // The wifi drops.
        cut.set(true);
        context.setOffline(true);
        sockets.forEach(WebSocketRoute::close);
        sockets.clear();

        assertThat(page.locator("vaadin-connection-indicator")).containsText("Ga verder op papier", PATIENT);
        // Readable above the open counting dialog: the whole message, not Vaadin's 8-pixel strip.
        page.waitForFunction("() => document.querySelector('vaadin-connection-indicator .v-status-message')"
                + ".getBoundingClientRect().height > 30");
        screenshot("26-meeting-connection-lost");
        Assertions.assertThat(deposits(sessionId))
                .as("nothing booked while away")
                .isZero();

        // The wifi is back: the same count is still on the screen, and "Ja, gezien" books it once.
        cut.set(false);
        context.setOffline(false);
        assertThat(page.locator("vaadin-connection-indicator")).not().containsText("Ga verder op papier", PATIENT);
        assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
        page.locator("#confirm-seen").click();
        assertThat(page.locator("#shown-amount")).hasCount(0);
        Assertions.assertThat(deposits(sessionId)).as("booked exactly once").isEqualTo(1);

        // And the tab forgot the count: nothing left behind to report.
        page.reload();
        assertThat(page.locator("#meeting-title")).isVisible();
        assertThat(page.locator("#lost-count")).hasCount(0);
        Assertions.assertThat(deposits(sessionId)).isEqualTo(1);
    }
}
