package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A new installation, as an operator meets it: the app on a database of its own that starts empty
 * (no accounts, no demo data, no {@code KRINGWERK_ADMIN_PASSWORD}), so the start log shows a setup
 * code. Everything after that is done on the screens, by the people who do it: the operator, a
 * coordinator and a chair, each with her own start code.
 */
@TestPropertySource(
        properties = {
            "kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-fresh-install/base",
            "kringwerk.embedded-db.data-dir=${kringwerk.test-dir:target}/mariadb-fresh-install/data",
            "kringwerk.embedded-db.fresh=true"
        })
@ExtendWith(OutputCaptureExtension.class)
class FreshInstallBrowserTest extends BrowserTest {

    static final Pattern SETUP_CODE =
            Pattern.compile("Open /inrichten.*?([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})", Pattern.DOTALL);

    @Test
    void fromTheSetupCodeInTheLogToAChairOpeningHerGroupsFirstMeeting(CapturedOutput startLog) {
        // The operator reads the setup code in the log and makes the first administrator.
        Matcher printed = SETUP_CODE.matcher(startLog.getOut());
        Assertions.assertThat(printed.find())
                .as("a setup code in the start log")
                .isTrue();
        page.navigate(url("inrichten"));
        page.locator("#setup-code input").fill(printed.group(1));
        page.locator("#setup-name input").fill("Petra de Beheerder");
        page.locator("#new-password input").fill("zeven zwanen op de vijver");
        page.locator("#repeat-password input").fill("zeven zwanen op de vijver");
        screenshots("40-fresh-setup");
        page.locator("#create-admin").click();
        assertThat(page.locator("#setup-done")).isVisible();
        page.navigate(url("inrichten"));
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("#setup-code")).hasCount(0);

        // Her first screen says where to begin: an organisation.
        logIn("admin", "zeven zwanen op de vijver");
        expectPath("groepen");
        assertThat(page.locator("#no-organisation")).isVisible();
        screenshots("41-fresh-admin-first-screen");
        page.locator("#to-organisations").click();
        expectPath("beheer/organisaties");
        page.locator("#organisation-name input").fill("Stichting Samen Sparen");
        page.locator("#create-organisation").click();
        assertThat(page.locator("#organisations input")).hasValue("Stichting Samen Sparen");

        // A coordinator for it, with a start code.
        page.locator("#admin-link-accounts").click();
        expectPath("beheer");
        page.locator("#create-account").click();
        choose("#account-role", "Coördinator");
        // The only organisation is chosen already.
        assertThat(page.locator("#account-organisation")).containsText("Stichting Samen Sparen");
        page.locator("#account-name input").fill("Marieke");
        page.locator("#account-username input").fill("marieke");
        page.locator("#save-account").click();
        String coordinatorCode = page.locator("#start-code").textContent();
        page.locator("#start-code-done").click();
        logOut();

        // The coordinator chooses her password with the code, then makes a group with members.
        useStartCode(coordinatorCode, "marieke", "de kat slaapt op de bank");
        logIn("marieke", "de kat slaapt op de bank");
        expectPath("groepen");
        page.locator("#create-group").click();
        page.locator("#group-name input").fill("Spaarkring Het Plein");
        page.locator("#group-municipality input").fill("Delft");
        page.locator("#group-place input").fill("Wijkhuis Het Plein");
        page.locator("#group-day").click();
        page.locator("vaadin-select-item").nth(1).click();
        page.locator("#save-group").click();
        expectPath("groepen/\\d+");
        for (String name : List.of("Amina", "Bea", "Carla", "Dewi", "Esra")) {
            page.locator("#add-member").click();
            page.locator("#member-name input").fill(name);
            page.locator("#save-member").click();
            assertThat(page.locator("#members")).containsText(name);
        }

        // ... and makes a chair's account for Amina.
        page.navigate(url("beheer"));
        page.locator("#create-account").click();
        choose("#account-role", "Voorzitter of boekhouder");
        page.locator("#account-member input").click();
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Amina"))
                .click();
        assertThat(page.locator("#account-name input")).hasValue("Amina");
        page.locator("#account-username input").fill("amina");
        page.locator("#save-account").click();
        String chairCode = page.locator("#start-code").textContent();
        page.locator("#start-code-done").click();
        assertThat(page.locator("#accounts")).containsText("amina");
        logOut();

        // The chair starts with her code and opens the group's first meeting.
        useStartCode(chairCode, "amina", "tulpen-fiets");
        logIn("amina", "tulpen-fiets");
        expectPath("groepen");
        page.locator(".group-card")
                .filter(new Locator.FilterOptions().setHasText("Spaarkring Het Plein"))
                .click();
        page.locator("#start-cycle").click();
        page.locator("#save-cycle").click();
        page.locator("#to-meeting").click();
        expectPath("bijeenkomst/\\d+");
        for (int i = 0; i < 5; i++) {
            page.locator("[id^='mark-present-']").nth(i).click();
            assertThat(page.locator("[id^='sign-']")).hasCount(i + 1);
        }
        page.locator("#open-session").click();
        assertThat(page.locator("#session-status")).hasText("Open");
        screenshot("42-fresh-chair-opened-the-meeting");
    }

    private void useStartCode(String code, String username, String password) {
        page.navigate(url("login"));
        page.locator("#to-start-code").click();
        expectPath("startcode");
        page.locator("#code input").fill(code);
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#use-start-code").click();
        assertThat(page.locator("#your-username")).hasText(username);
    }

    private void logOut() {
        page.locator("#logout").click();
        expectPath("login");
    }

    /** Opens the select and picks the item with this text. */
    private void choose(String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .click();
    }
}
