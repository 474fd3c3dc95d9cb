package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PageAssertions;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A screen that only listens (the group's screen on a TV, updated by push) sends no request of its
 * own for half a minute at a time. When its account is switched off, it must not wait for that:
 * it goes to the login page at once, and its session ends.
 */
class OpenScreenBrowserTest extends BrowserTest {

    @Autowired
    Savings savings;

    @Autowired
    AccountService accounts;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    UserDetailsService users;

    @Test
    @Disabled("Open after the merge of session 6: the session ends (logged) but the pushed reload no longer reaches"
            + " the group screen; the next request of that screen is still refused by FreshAccountFilter")
    void theGroupScreenOfAnAccountSwitchedOffGoesToTheLoginPageWithoutAClick() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logIn(world.facilitatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        assertThat(page.locator("#presentation-today")).isVisible();

        SignIn.as(users, world.coordinatorA());
        try {
            accounts.disable(demoAccounts.idOf(world.facilitatorA()));
        } finally {
            SignIn.out();
        }

        // Well within Vaadin's heartbeat (every 30 seconds), which would find out too, but late.
        assertThat(page)
                .hasURL(
                        Pattern.compile("^http://localhost:\\d+/login$"),
                        new PageAssertions.HasURLOptions().setTimeout(10_000));
        screenshot("32-switched-off-screen-at-login");
        page.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        expectPath("login");
    }

    /** Prepared through the services: eight members present, roles given, the session open. */
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
