package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The bookkeeper's screen is lost while the group looks at an amount (the app restarted, the tablet
 * reloaded the page). Only "Ja, gezien" books, so nothing half-done is in the journal; the screen that
 * comes back says what became of the count, instead of saying nothing.
 */
class LostCountBrowserTest extends BrowserTest {

    @Autowired
    Savings savings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCountLostBeforeJaGezienIsSaidToBeNotBookedWhenTheScreenComesBack() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("bijeenkomst/" + sessionId));
        showTwelveFifty(world.memberA());

        // As after a restart of the app: the signed-in session is gone, the tab reloads.
        context.clearCookies();
        page.reload();
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        page.navigate(url("bijeenkomst/" + sessionId));

        assertThat(page.locator("#lost-count")).containsText("Samira");
        assertThat(page.locator("#lost-count")).containsText("€ 12,50");
        assertThat(page.locator("#lost-count")).containsText("niet geboekt");
        screenshot("25-meeting-lost-count");
        Assertions.assertThat(deposits(sessionId)).isZero();
        assertThat(page.locator("#count-" + world.memberA())).isVisible();

        // Said once.
        page.reload();
        assertThat(page.locator("#meeting-title")).isVisible();
        assertThat(page.locator("#lost-count")).hasCount(0);
    }

    @Test
    void aCountWhoseYesReachedTheServerButNotTheScreenIsSaidToBeBooked() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("bijeenkomst/" + sessionId));
        showTwelveFifty(world.memberA());

        // The group's "yes" was booked, but the answer never reached this screen.
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>)
                page.evaluate("JSON.parse(sessionStorage.getItem('kringwerk.count-in-progress'))");
        SignIn.as(users, world.coordinatorA());
        try {
            savings.bookings().bookDeposit(sessionId, world.memberA(), "12,50", (String) kept.get("key"));
        } finally {
            SignIn.out();
        }
        page.reload();

        assertThat(page.locator("#lost-count")).containsText("Samira");
        assertThat(page.locator("#lost-count")).containsText("€ 12,50");
        assertThat(page.locator("#lost-count")).containsText("is geboekt");
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
