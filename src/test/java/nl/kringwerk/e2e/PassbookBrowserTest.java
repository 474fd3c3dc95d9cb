package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.Pictogram;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.passbook.service.MemberCodes;
import nl.kringwerk.passbook.service.PassbookWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20 in a real browser: the group screen shows a member's goal at her turn; after the close she
 * opens her passbook on her phone (390x844) with her card's QR link, sees her goal's progress and her
 * receipt, and switches the language; the chair prints the slips.
 */
class PassbookBrowserTest extends BrowserTest {

    @Autowired
    Goals goals;

    @Autowired
    MemberCodes codes;

    @Test
    void aMemberOpensHerPassbookOnHerPhoneSeesHerGoalAndSwitchesLanguage() throws Exception {
        PassbookWorld w = new PassbookWorld(testWorld, savings, groups, name -> SignIn.as(users, name));
        long yvonne = w.a.member("Yvonne");
        String code;
        try {
            goals.setGoal(
                    w.world.groupA(),
                    w.samira,
                    new GoalDetails("Naar oma in Marokko", Money.euros(100), Pictogram.TRIP, true));
            goals.setGoal(
                    w.world.groupA(), yvonne, new GoalDetails("Nieuwe fiets", Money.euros(100), Pictogram.OTHER, true));
            code = codes.issue(w.world.groupA(), w.samira, null).code();
        } finally {
            SignIn.out();
        }

        // The table: Yvonne's turn, and the group screen shows how far she is with her goal.
        logIn(w.world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        Page screen = context.newPage();
        screen.navigate(url("bijeenkomst/" + w.a.sessionId + "/scherm"));
        page.navigate(url("bijeenkomst/" + w.a.sessionId));
        page.locator("#count-" + yvonne).click();
        for (String key : List.of("2", "5")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        assertThat(screen.locator("#presentation-amount")).hasText("€ 25,00");
        assertThat(screen.locator("#presentation-goal")).hasText("Nog € 75,00 tot je doel");
        screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("60-group-screen-goal.png")));
        page.locator("#confirm-seen").click();
        assertThat(page.locator("#tile-" + yvonne)).hasClass(Pattern.compile(".*done.*"));

        SignIn.as(users, w.world.coordinatorA());
        try {
            savings.sessions().closeSession(w.a.sessionId, "80,00");
        } finally {
            SignIn.out();
        }
        page.navigate(url("bijeenkomst/" + w.a.sessionId));
        Download slips = page.waitForDownload(() -> page.locator("#print-slips").click());
        slips.saveAs(SCREENSHOTS.resolve("62-slips.pdf"));
        assertThat(Files.size(SCREENSHOTS.resolve("62-slips.pdf"))).isGreaterThan(1000);
        screen.navigate(url("bijeenkomst/" + w.a.sessionId + "/scherm"));
        assertThat(screen.locator("#receipt-qr")).isVisible();
        screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("63-group-screen-receipt.png")));

        // Her own phone: the link of her card's QR code.
        BrowserContext phone = context.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setLocale("nl-NL")
                        .setIsMobile(true)
                        .setHasTouch(true));
        try {
            Page mine = phone.newPage();
            mine.navigate(url("boekje#" + code));
            assertThat(mine.locator("#passbook-title")).hasText("Het boekje van Samira");
            assertThat(mine.locator("#passbook-total")).hasText("€ 20,00");
            assertThat(mine.locator("#goal-status")).hasText("Nog € 80,00 tot je doel van € 100,00");
            assertThat(mine.locator("#goal-bar")).isVisible();
            assertThat(mine.locator("#passbook-receipt")).containsText("Vandaag gespaard");
            mine.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("61-passbook-phone-nl.png"))
                    .setFullPage(true));

            mine.locator("#passbook-lang-en").click();
            assertThat(mine.locator("#passbook-title")).hasText("Samira's passbook");
            assertThat(mine.locator("#goal-status")).hasText("€ 80,00 to go to your goal of € 100,00");
            mine.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("61-passbook-phone-en.png"))
                    .setFullPage(true));

            // In Arabic, from right to left, with the amounts as on her card.
            mine.locator("#passbook-lang-ar").click();
            assertThat(mine.locator("#passbook-title")).hasText("دفتر \u2068Samira\u2069");
            assertThat(mine.locator(".passbook-content")).hasAttribute("dir", "rtl");
            assertThat(mine.locator("#passbook-total")).hasText("€ 20,00");
            mine.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("61-passbook-phone-ar.png"))
                    .setFullPage(true));

            // Typed instead of scanned, on a fresh page.
            Page typed = phone.newPage();
            typed.navigate(url("boekje"));
            typed.locator("#passbook-code input").fill(code.toLowerCase());
            typed.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("64-passbook-code-entry.png")));
            typed.locator("#open-passbook").click();
            assertThat(typed.locator("#passbook-title")).hasText("Het boekje van Samira");
        } finally {
            phone.close();
        }
    }
}
