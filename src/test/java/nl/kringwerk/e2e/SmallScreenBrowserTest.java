package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.TestWorld;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.security.DemoAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Portrait tablets, phones and 200% zoom: the chair's checklist never lies over the work, "Uitloggen"
 * stays on the screen, and after opening or closing the session the page shows what comes next.
 */
class SmallScreenBrowserTest extends BrowserTest {

    private static final LocatorAssertions.IsInViewportOptions WHOLLY =
            new LocatorAssertions.IsInViewportOptions().setRatio(1);

    /** Everything in the meeting's work column whose box shares area with the checklist's box. */
    private static final String OVER_THE_CHECKLIST = """
            () => {
              const list = document.getElementById('checklist').getBoundingClientRect();
              return [...document.querySelectorAll('.meeting-main *')]
                .filter(e => e.offsetParent !== null)
                .filter(e => {
                  const r = e.getBoundingClientRect();
                  const w = Math.min(r.right, list.right) - Math.max(r.left, list.left);
                  const h = Math.min(r.bottom, list.bottom) - Math.max(r.top, list.top);
                  return r.width > 0 && r.height > 0 && w > 1 && h > 1;
                })
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
            }""";

    @Autowired
    SummaryStore summaries;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void nothingLiesOverTheChecklistOnAPortraitTabletOrAt200PercentZoom() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        // A portrait tablet, then a landscape tablet at 200% zoom (1024 x 768 CSS pixels halved).
        for (int[] size : List.of(new int[] {768, 1024}, new int[] {512, 384})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("bijeenkomst/" + sessionId));
            assertThat(page.locator("#checklist")).isVisible();
            for (String section :
                    List.of("counting", "today", "closing", "attendance-and-roles", "attendance", "roles")) {
                if (section.equals("attendance")) {
                    // While counting, the presentielijst and the tasks are folded away: open the fold.
                    page.locator("#attendance-and-roles vaadin-details-summary").click();
                }
                page.locator("#" + section).scrollIntoViewIfNeeded();
                List<?> over = (List<?>) page.evaluate(OVER_THE_CHECKLIST);
                Assertions.assertThat(over)
                        .as("elements over the checklist at %dx%d, scrolled to #%s", size[0], size[1], section)
                        .isEmpty();
            }
            screenshot("80-meeting-" + size[0] + "x" + size[1]);
        }
    }

    @Test
    void uitloggenStaysOnAPhoneScreenAndWorks() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        page.setViewportSize(390, 844);
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        expectPath("groepen");
        for (String path : List.of("groepen", "bijeenkomst/" + sessionId)) {
            page.navigate(url(path));
            Locator logout = page.locator("#logout");
            assertThat(logout).isInViewport(WHOLLY);
        }
        screenshot("81-meeting-phone");
        page.locator("#logout").click();
        expectPath("login");
    }

    @Test
    void openingBeginsAtTheCountingAndClosingAtTheSummary() {
        TestWorld.World world = testWorld.create();
        long sessionId = plannedSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        page.locator("#mark-everyone-present").click();
        assertThat(page.locator("#mark-everyone-present")).hasCount(0);
        // "Bijeenkomst openen" is on the screen of a tablet without scrolling.
        assertThat(page.locator("#open-session")).isInViewport(WHOLLY);
        screenshot("82-meeting-attendance");
        // The chair looked the tasks over, further down, and opens from there.
        page.locator("#role-counter2").scrollIntoViewIfNeeded();
        page.locator("#open-session").click();
        assertThat(page.locator("#session-status")).hasText("Open");
        inViewBelowTheTopBar(page.locator("#counting h2"));

        page.locator("#counted-cash input").fill("0");
        page.locator("#close-session").click();
        assertThat(page.locator("#session-status")).hasText("Gesloten");
        inViewBelowTheTopBar(page.locator("#summary h2"));
    }

    /** On the screen, and not under the app's top bar. */
    private void inViewBelowTheTopBar(Locator locator) {
        assertThat(locator).isInViewport(WHOLLY);
        double barBottom = ((Number) page.evaluate("() => document.querySelector('vaadin-app-layout')"
                        + ".shadowRoot.querySelector('[part=navbar]').getBoundingClientRect().bottom"))
                .doubleValue();
        Assertions.assertThat(locator.boundingBox().y).isGreaterThanOrEqualTo(barBottom);
    }

    @Test
    void insightTilesHoldTheirWordsOnATabletAndAPhone() {
        TestWorld.World world = testWorld.create();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String small = "Kleindorp " + tag;
        GeneratedGroups generator = new GeneratedGroups(jdbc);
        generator.generate(
                new GeneratedGroups.Scale(2, List.of(small), List.of("Fonds " + tag), 2, 31), LocalDate.now(clock));
        summaries.rebuildAll();
        accounts.addFunderScope(accounts.idOf(world.funder()), small, null);
        logIn(world.funder(), TestWorld.PASSWORD);
        expectPath("inzichten");
        for (int[] size : List.of(new int[] {1024, 768}, new int[] {390, 844})) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("inzichten"));
            assertThat(page.locator("#headline-active")).hasText("te weinig om te tonen");
            List<?> overflowing =
                    (List<?>) page.evaluate("() => [...document.querySelectorAll('.headline, .headline *')]"
                            + ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.id || e.className)");
            Assertions.assertThat(overflowing)
                    .as("tiles wider than their box at %dx%d", size[0], size[1])
                    .isEmpty();
            screenshot("83-insights-" + size[0] + "x" + size[1]);
        }
    }
}
