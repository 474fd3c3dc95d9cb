package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The page says its language to the browser; the group's screen speaks the group's languages. */
class MemberLanguagesBrowserTest extends BrowserTest {

    /** What the page asked the speech synthesis to say, recorded instead of spoken. */
    private static final String RECORD_SPEECH = "window.__spoken = [];"
            + " if (window.speechSynthesis) {"
            + "   window.speechSynthesis.speak = u => window.__spoken.push({text: u.text, lang: u.lang});"
            + " }";

    @Test
    void theHtmlElementSaysTheLanguageOfTheScreens() {
        TestWorld.World world = testWorld.create();
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        page.locator("#lang-en").click();
        assertThat(page.locator("h1")).hasText("Groups");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(url("groepen/" + world.groupA()));
        assertThat(page.locator("#group-title")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void anArabicGroupScreenRunsRightToLeftAndReadsNameAndAmountAloud() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world, MemberLanguage.ARABIC, MemberLanguage.DUTCH);
        context.addInitScript(RECORD_SPEECH);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        Page screen = context.newPage();
        screen.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        assertThat(screen.locator("#presentation-today")).hasText("€ 0,00");
        assertThat(screen.locator("html")).hasAttribute("lang", "ar");
        assertThat(screen.locator("html")).hasAttribute("dir", "rtl");
        screen.locator("#read-aloud-ar").click();
        assertThat(screen.locator("#read-aloud-ar")).hasAttribute("aria-pressed", "true");

        page.navigate(url("bijeenkomst/" + sessionId));
        page.locator("#count-" + world.memberA()).click();
        for (String key : List.of("1", "2", "comma", "5", "0")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        assertThat(screen.locator("#presentation-amount")).hasText("€ 12,50");
        assertThat(screen.locator(".presentation-question").first()).hasText("هل رأى الجميع المبلغ؟");
        // The amount stays "€ 12,50" from left to right inside the Arabic screen.
        Assertions.assertThat(screen.locator("#presentation-amount")
                        .evaluate("e => getComputedStyle(e).direction + ' ' + getComputedStyle(e).unicodeBidi"))
                .isEqualTo("ltr isolate");
        Assertions.assertThat(screen.locator("#presentation-amount")
                        .evaluate("e => { const r = document.createRange(); r.setStart(e.firstChild, 0);"
                                + " r.setEnd(e.firstChild, 1); const euro = r.getBoundingClientRect().left;"
                                + " r.setStart(e.firstChild, 2); r.setEnd(e.firstChild, 3);"
                                + " return euro < r.getBoundingClientRect().left; }"))
                .as("the euro sign stands left of the digits")
                .isEqualTo(true);
        shot(screen, "group-screen-ar-showing", 1024, 768);
        shot(screen, "group-screen-ar-showing-phone", 390, 844);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> spoken = (List<Map<String, String>>) screen.evaluate("window.__spoken");
        Assertions.assertThat(spoken)
                .contains(
                        Map.of("text", "القراءة بصوت عالٍ بالعربية مفعّلة.", "lang", "ar-SA"),
                        Map.of("text", "Samira. ادخار: 12 يورو و50 سنت.", "lang", "ar-SA"));

        page.locator("#confirm-seen").click();
        assertThat(screen.locator("#presentation-today")).hasText("€ 12,50");
        shot(screen, "group-screen-ar-idle", 1024, 768);
    }

    @Test
    void aTurkishAndDutchGroupScreenAsksInBoth() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world, MemberLanguage.TURKISH, MemberLanguage.DUTCH);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        Page screen = context.newPage();
        screen.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        assertThat(screen.locator("html")).hasAttribute("lang", "tr");
        assertThat(screen.locator("html")).hasAttribute("dir", "ltr");
        assertThat(screen.locator(".presentation")).containsText("Bugün biriktirilen");

        page.navigate(url("bijeenkomst/" + sessionId));
        page.locator("#count-" + world.memberA()).click();
        for (String key : List.of("2", "0")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        assertThat(screen.locator(".presentation-question"))
                .hasText(new String[] {"Herkes gördü mü?", "Heeft iedereen het gezien?"});
        assertThat(page.locator(".show-question"))
                .hasText(new String[] {"Herkes gördü mü?", "Heeft iedereen het gezien?"});
        shot(screen, "group-screen-tr-showing", 1024, 768);
        shot(screen, "group-screen-tr-showing-phone", 390, 844);
        shot(page, "counting-dialog-tr", 1024, 768);
    }

    private static void shot(Page page, String name, int width, int height) {
        page.setViewportSize(width, height);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("lang-" + name + ".png"))
                .setFullPage(true));
    }
}
