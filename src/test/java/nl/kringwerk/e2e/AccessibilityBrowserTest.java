package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * axe-core (from its WebJar) checks the meeting screens against WCAG 2.1 A and AA: the bookkeeper's
 * meeting view, the counting question and the group's screen, for a Dutch, an English and an Arabic
 * group, on a tablet (1024x768) and a phone (390x844). Zero violations.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** Waits two frames (layout after a resize), then runs axe on the whole page, shadow roots included. */
    static final String RUN_AXE = "async () => {"
            + " await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
            + " const result = await axe.run(document, {runOnly: {type: 'tag',"
            + "   values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});"
            + " return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '"
            + "   + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | '));"
            + "}";

    private static final int[][] SIZES = {{1024, 768}, {390, 844}};

    private final List<String> violations = new ArrayList<>();

    @Test
    void aDutchGroupsMeetingScreensHaveNoViolations() {
        checkMeetingScreens(MemberLanguage.DUTCH, null, false);
    }

    @Test
    void anEnglishGroupsMeetingScreensHaveNoViolations() {
        checkMeetingScreens(MemberLanguage.ENGLISH, null, true);
    }

    @Test
    void anArabicGroupsMeetingScreensHaveNoViolations() {
        checkMeetingScreens(MemberLanguage.ARABIC, MemberLanguage.DUTCH, false);
    }

    private void checkMeetingScreens(MemberLanguage first, @Nullable MemberLanguage second, boolean staffInEnglish) {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world, first, second);
        context.addInitScript(axeSource());
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        if (staffInEnglish) {
            page.locator("#lang-en").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
        Page screen = context.newPage();
        screen.navigate(url("bijeenkomst/" + sessionId + "/scherm"));
        assertThat(screen.locator("#presentation-today")).isVisible();
        check(screen, "group screen");

        page.navigate(url("bijeenkomst/" + sessionId));
        assertThat(page.locator("#checklist")).isVisible();
        check(page, "meeting view");

        page.locator("#count-" + world.memberA()).click();
        page.locator("#key-5").click();
        check(page, "counting keypad");
        page.locator("#show-amount").click();
        assertThat(page.locator("#shown-amount")).hasText("€ 5,00");
        check(page, "counting question");
        assertThat(screen.locator("#presentation-amount")).hasText("€ 5,00");
        check(screen, "group screen showing");

        Assertions.assertThat(violations)
                .as("WCAG 2.1 A/AA violations found by axe-core for a %s group", first)
                .isEmpty();
    }

    private void check(Page on, String what) {
        for (int[] size : SIZES) {
            on.setViewportSize(size[0], size[1]);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) on.evaluate(RUN_AXE);
            found.forEach(v -> violations.add(what + " at " + size[0] + "x" + size[1] + ": " + v));
        }
    }

    /**
     * The axe script, added to every page of the context before its own scripts. It does not pass
     * through the page's Content-Security-Policy (an inline script tag would be refused: no nonce).
     */
    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException(AXE + " is missing: the axe-core WebJar is a test dependency");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
