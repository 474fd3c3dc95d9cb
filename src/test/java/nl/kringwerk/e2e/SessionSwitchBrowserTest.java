package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.CycleRules;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * One browser, two people: a funder signs in where a coordinator did not sign out. Nothing of the
 * coordinator's session may serve the funder: no download link, no open screen.
 */
class SessionSwitchBrowserTest extends BrowserTest {

    @Test
    void signingInAsSomeoneElseLeavesNothingOfTheFirstUserReachable() {
        TestWorld.World world = testWorld.create();
        SignIn.as(users, world.coordinatorA());
        savings.cycles()
                .startCycle(world.groupA(), CycleRules.defaults(LocalDate.now(TestClock.AMSTERDAM), Frequency.WEEKLY));
        SignIn.out();

        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("groepen/" + world.groupA() + "/spaarboek"));
        assertThat(page.locator("#print-overview")).isVisible();
        String pdfLink =
                url(page.locator("#print-overview").getAttribute("href").replaceFirst("^/", ""));
        APIResponse hers = context.request().get(pdfLink);
        Assertions.assertThat(hers.headers().get("content-type")).startsWith("application/pdf");

        // The funder signs in in a second tab of the same browser, without anyone signing out.
        Page second = context.newPage();
        second.navigate(url("login"));
        second.locator("input[name='username']").fill(world.funder());
        second.locator("input[name='password']").fill(TestWorld.PASSWORD);
        second.locator("vaadin-button[slot='submit']").click();
        assertThat(second.locator("#insights-title")).isVisible();

        APIResponse old = context.request().get(pdfLink);
        Assertions.assertThat(old.headers().getOrDefault("content-type", "")).doesNotStartWith("application/pdf");
        Assertions.assertThat(old.text()).doesNotContain("%PDF");

        // The coordinator's tab still shows her page, but it answers no more: a click reloads it
        // as the funder, who may not see this group.
        page.locator("vaadin-tab").nth(1).click();
        assertThat(page.locator("h1")).hasText("Niet gevonden");
        assertThat(page.locator("body")).not().containsText("Kring A");
        screenshot("31-old-tab-after-another-login");
    }
}
