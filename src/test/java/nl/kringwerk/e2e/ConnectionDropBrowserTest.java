package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.Savings;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

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

    @Autowired
    Savings savings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

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
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("bijeenkomst/" + sessionId));
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

    private void showTwelveFifty(long member) {
        page.locator("#count-" + member).click();
        for (String key : List.of("1", "2", "comma", "5", "0")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
    }

    private int deposits(long sessionId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM journal_entry WHERE session_id = ? AND kind = ?",
                Integer.class,
                sessionId,
                EntryKind.DEPOSIT.name());
    }

    private long openSession(TestWorld.World world) {
        SignIn.as(users, world.coordinatorA());
        try {
            TestWorld.Circle circle = testWorld.circleOfEight(world);
            savings.cycles().startCycle(world.groupA(), CycleRules.defaults(LocalDate.now(), Frequency.WEEKLY));
            long sessionId = savings.cycles()
                    .currentCycle(world.groupA())
                    .orElseThrow()
                    .sessions()
                    .get(0)
                    .id();
            for (long member : circle) {
                savings.sessions().markAttendance(sessionId, member, AttendanceStatus.PRESENT);
            }
            savings.sessions()
                    .openSession(
                            sessionId,
                            new SessionRoles(
                                    circle.member("Samira"),
                                    circle.member("Fatma"),
                                    circle.member("Anja"),
                                    circle.member("Gloria")));
            return sessionId;
        } finally {
            SignIn.out();
        }
    }
}
