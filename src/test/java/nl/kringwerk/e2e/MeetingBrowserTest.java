package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import nl.kringwerk.PdfText;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Two devices at one table: the bookkeeper's tablet and the screen turned to the group. */
class MeetingBrowserTest extends BrowserTest {

    @Test
    void theGroupScreenShowsWhatTheCountersHoldUpAndTheBookingFollows() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);

        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        Page screen = context.newPage();
        screen.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        assertThat(screen.locator("#presentation-today")).hasText("€ 0,00");

        page.navigate(url("bijeenkomst/" + sessionId));
        assertThat(page.locator("#checklist")).isVisible();
        screenshot("20-meeting-counting-round");

        page.locator("#count-" + world.memberA()).click();
        // Above the group's maximum (€ 250): refused on the keypad, the group screen stays as it was.
        for (String key : List.of("3", "0", "0")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        assertThat(page.locator("#keypad-error")).containsText("250,00");
        assertThat(page.locator("#shown-amount")).hasCount(0);
        assertThat(screen.locator("#presentation-amount")).hasCount(0);
        screenshot("21a-meeting-above-the-maximum");
        for (int i = 0; i < 3; i++) {
            page.locator("#key-back").click();
        }
        for (String key : List.of("1", "2", "comma", "5", "0")) {
            page.locator("#key-" + key).click();
        }
        assertThat(page.locator("#keypad-display")).hasText("12,50");
        screenshot("21-meeting-keypad");
        page.locator("#show-amount").click();
        assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
        screenshot("22-meeting-heeft-iedereen-het-gezien");

        // Server push: the group's screen shows the amount without anyone touching it.
        assertThat(screen.locator("#presentation-amount")).hasText("€ 12,50");
        screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("23-group-screen-showing.png")));

        page.locator("#confirm-seen").click();
        assertThat(page.locator("#tile-" + world.memberA())).containsText("€ 12,50");
        assertThat(screen.locator("#presentation-today")).hasText("€ 12,50");
        screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("24-group-screen-after.png")));
        screenshot("25-meeting-after-booking");

        // Paper stays possible: the savings form downloads as a PDF through the real session.
        Download download =
                page.waitForDownload(() -> page.locator("#print-form").click());
        Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        try {
            byte[] pdf = Files.readAllBytes(download.path());
            String text = PdfText.of(pdf);
            Assertions.assertThat(text).contains("Spaarformulier", "Samira", "€ 12,50");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRealKeyboardCountsOnTheKeypadEnterShowsEscapeGoesBack() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        page.locator("#count-" + world.memberA()).click();
        assertThat(page.locator("#keypad-display")).hasText("0");

        page.keyboard().type("12,509");
        page.keyboard().press("Backspace");
        assertThat(page.locator("#keypad-display")).hasText("12,50");
        // A tap on the screen's keypad leaves the keyboard working.
        page.locator("#key-back").click();
        page.keyboard().type("0");
        assertThat(page.locator("#keypad-display")).hasText("12,50");
        page.keyboard().press("Enter");
        assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
        page.keyboard().press("Escape");
        assertThat(page.locator("#shown-amount")).hasCount(0);
        assertThat(page.locator("#keypad-display")).hasText("12,50");
        page.keyboard().press("Escape");
        assertThat(page.locator("#keypad-display")).hasCount(0);
        assertThat(page.locator("#tile-" + world.memberA())).containsText("Nog niet geteld");
    }
}
