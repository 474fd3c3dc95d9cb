package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.service.AgreementService;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Run mode in a real browser on a tablet: the quiet timer moves by itself, the agreements open with one tap. */
class ListeningBrowserTest extends BrowserTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Test
    void theQuietTimerRunsOnItsOwnAndTheAgreementsAreOneTapAway() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        long session = prepare(world, group);

        page.setViewportSize(1180, 820);
        logIn(world.facilitatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("luisteren/" + session));
        page.locator("#start-listening").click();
        assertThat(page.locator("#current-step")).hasText("Welkom");
        // Nobody touches the screen: the timer follows the clock through polling.
        assertThat(page.locator("#run-timer"))
                .containsText(
                        Pattern.compile("0:0[2-9]"), new LocatorAssertions.ContainsTextOptions().setTimeout(8000));
        screenshot("40-listening-run-mode");

        page.locator("#show-agreements").click();
        Locator list = page.locator(".agreements-list");
        assertThat(list).containsText("Wat hier gezegd wordt, blijft hier.");
        page.locator("#close-agreements").click();
        page.locator("#next-step").click();
        assertThat(page.locator("#current-step")).hasText("Waarom we hier zijn");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pas")))
                .isVisible();
    }

    private long prepare(TestWorld.World world, long group) {
        SignIn.as(users, world.facilitatorA());
        try {
            agreements.useUsualAgreements(group);
            long session = plans.planNext(group);
            for (RunState.Attendee a : runner.run(session).attendance()) {
                plans.markAttendance(session, a.memberId(), Presence.PRESENT);
            }
            return session;
        } finally {
            SignIn.out();
        }
    }
}
