package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import nl.kringwerk.TestWorld;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorLogsInThroughTheRealFormAndSeesHerGroups() {
        TestWorld.World world = testWorld.create();
        page.navigate(url(""));
        expectPath("login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("01-login");

        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        // Dutch, although this browser asks for English
        assertThat(page.locator("h1")).hasText("Groepen");
        assertThat(page.locator("#group-" + world.groupA())).isVisible();
        assertThat(page.locator("#group-" + world.groupB())).hasCount(0);
        screenshot("02-groups-coordinator");

        page.locator("#group-" + world.groupA()).click();
        assertThat(page.locator("#group-title")).containsText("Kring A");
        assertThat(page.locator("#members")).containsText("Samira");
        screenshot("03-group-page");
    }

    @Test
    void aWrongPasswordIsRefusedInDutchAndNobodyIsLoggedIn() {
        TestWorld.World world = testWorld.create();
        logIn(world.coordinatorA(), "fout-wachtwoord");
        expectPath("login\\?error");
        assertThat(page.locator("vaadin-login-form")).containsText("Inloggen lukt niet");
        page.navigate(url("groepen"));
        expectPath("login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("04-login-error");
    }

    @Test
    void aFunderSeesInsightsAndNoGroupPage() {
        TestWorld.World world = testWorld.create();
        logIn(world.funder(), TestWorld.PASSWORD);
        expectPath("inzichten");
        assertThat(page.locator("#insights-title")).isVisible();
        page.navigate(url("groepen/" + world.groupA()));
        assertThat(page.locator("h1")).hasText("Niet gevonden");
        assertThat(page.locator("body")).not().containsText("Kring A");
        screenshot("05-funder-group-refused");
    }
}
