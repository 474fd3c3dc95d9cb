package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.regex.Pattern;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.service.OrganisationService;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A screen that only listens (the group's screen on a TV, updated by push) sends no request of its
 * own for half a minute at a time. When its account is switched off, it must not wait for that:
 * it goes to the login page at once, and its session is refused from then on.
 */
class OpenScreenBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    OrganisationService organisations;

    @Test
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

    @Test
    void theScreensOfAStoppedOrganisationsAccountsGoToTheLoginPage() {
        TestWorld.World world = testWorld.create();
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        assertThat(page.locator("#group-" + world.groupA())).isVisible();

        SignIn.as(users, world.admin());
        try {
            organisations.deactivateOrganisation(world.organisationA());
        } finally {
            SignIn.out();
        }

        assertThat(page)
                .hasURL(
                        Pattern.compile("^http://localhost:\\d+/login$"),
                        new PageAssertions.HasURLOptions().setTimeout(10_000));
    }

    @Test
    void aScreenOfAnAccountGivenAnotherRoleReloadsWithThatRole() {
        TestWorld.World world = testWorld.create();
        logIn(world.facilitatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        assertThat(page.locator("#group-" + world.groupA())).isVisible();
        assertThat(page.locator("#create-group")).hasCount(0);

        SignIn.as(users, world.admin());
        try {
            accounts.changeRole(demoAccounts.idOf(world.facilitatorA()), Role.COORDINATOR);
        } finally {
            SignIn.out();
        }

        // A coordinator starts groups: the button is there without anyone touching the screen.
        assertThat(page.locator("#create-group"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        expectPath("groepen");
    }
}
