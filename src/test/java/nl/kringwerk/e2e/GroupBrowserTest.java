package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import nl.kringwerk.TestWorld;
import org.junit.jupiter.api.Test;

class GroupBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorSeesHerMistakeNextToTheFieldThenStartsTheGroup() {
        TestWorld.World world = testWorld.create();
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");

        page.locator("#create-group").click();
        assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
        page.locator("#save-group").click();
        assertThat(page.locator("#group-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#group-name")).containsText("Vul dit in.");
        screenshot("10-new-group-refused");

        page.locator("#group-name input").fill("Spaarkring Het Plein");
        page.locator("#group-municipality input").fill("Delft");
        page.locator("#group-place input").fill("Wijkhuis Het Plein");
        page.locator("#group-day").click();
        page.locator("vaadin-select-item").nth(1).click();
        page.locator("#save-group").click();

        expectPath("groepen/\\d+");
        assertThat(page.locator("#group-title")).hasText("Spaarkring Het Plein");
        page.locator("#add-member").click();
        page.locator("#member-name input").fill("Anja");
        screenshot("11-add-member");
        page.locator("#save-member").click();
        assertThat(page.locator("#members")).containsText("Anja");
        screenshot("12-group-with-member");
    }
}
