package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.kringwerk.TestWorld;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.insights.service.SummaryStore;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A municipality's account, given that one municipality on the Beheer screen, sees exactly its
 * figures on /inzichten: the same the admin sees for that municipality, not those of another, and
 * no other page by typing its address.
 */
class FunderScopeBrowserTest extends BrowserTest {

    @Autowired
    SummaryStore summaries;

    @Autowired
    Clock clock;

    @Test
    void aFunderGivenOneMunicipalitySeesExactlyItsFiguresAndNothingElseByAddress() {
        TestWorld.World world = testWorld.create();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String hers = "Westland " + tag;
        String other = "Oostland " + tag;
        LocalDate today = LocalDate.now(clock);
        GeneratedGroups generator = new GeneratedGroups(jdbc);
        generator.generate(new GeneratedGroups.Scale(40, List.of(hers), List.of("Fonds West " + tag), 4, 31), today);
        generator.generate(new GeneratedGroups.Scale(40, List.of(other), List.of("Fonds Oost " + tag), 4, 32), today);
        summaries.rebuildAll();

        // The admin gives the municipality's account its one municipality, on the screen.
        logIn(world.admin(), TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("beheer"));
        page.locator("#scope-" + world.funder()).click();
        page.locator("#scope-municipality input").fill(hers);
        page.locator("#add-municipality").click();
        assertThat(page.locator("#funder-scopes")).containsText(hers);
        screenshots("50-funder-scope-dialog");
        page.keyboard().press("Escape");
        // What the admin sees for each municipality.
        page.navigate(url("inzichten"));
        List<String> adminHers = figuresFor(hers);
        List<String> adminOther = figuresFor(other);
        Assertions.assertThat(adminHers)
                .as("two municipalities, two sets of figures")
                .isNotEqualTo(adminOther);
        page.locator("#logout").click();
        expectPath("login");

        logIn(world.funder(), TestWorld.PASSWORD);
        expectPath("inzichten");
        assertThat(page.locator("#insights-municipality")).isHidden();
        assertThat(page.locator("body")).not().containsText(other);
        // Where both pages show a figure it is the same (a figure is hidden more often for the admin,
        // who could subtract other areas from the country's figures).
        List<String> hersNow = figures();
        // Since new and stopped groups are given per year only, fewer figures are shown on both pages.
        Assertions.assertThat(shownOnBoth(hersNow, adminHers))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(pair -> Assertions.assertThat(pair.get(0)).isEqualTo(pair.get(1)));
        Assertions.assertThat(shownOnBoth(hersNow, adminOther))
                .anySatisfy(pair -> Assertions.assertThat(pair.get(0)).isNotEqualTo(pair.get(1)));
        screenshots("51-funder-sees-her-municipality");

        for (String address : List.of(
                "groepen",
                "groepen/" + world.groupA(),
                "groepen/" + world.groupA() + "/spaarboek",
                "beheer",
                "beheer/logboek",
                "beheer/organisaties",
                "materiaal")) {
            page.navigate(url(address));
            assertThat(page.locator("h1")).hasText("Niet gevonden");
            assertThat(page.locator("body")).not().containsText("Kring A");
            assertThat(page.locator("body")).not().containsText(other);
        }
    }

    /** The admin's page, with this municipality chosen. */
    private List<String> figuresFor(String municipality) {
        page.locator("#insights-municipality").click();
        // The open select's items (the year report's select on the same page has the same ones).
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(municipality))
                .click();
        assertThat(page.locator("h2:not(#year-report-title)").first()).containsText(municipality);
        return figures();
    }

    /** The figures at the same place on both pages where neither is hidden or empty, as pairs. */
    private static List<List<String>> shownOnBoth(List<String> a, List<String> b) {
        Assertions.assertThat(a).hasSameSizeAs(b);
        return IntStream.range(0, a.size())
                .filter(i -> shown(a.get(i)) && shown(b.get(i)))
                .mapToObj(i -> List.of(a.get(i), b.get(i)))
                .toList();
    }

    private static boolean shown(String figure) {
        return !figure.equals("-") && !figure.equals("te weinig om te tonen");
    }

    /** Every figure on the page, in the page's order. */
    private List<String> figures() {
        assertThat(page.locator("[id^='fig-']").first()).isVisible();
        return page.locator("[id^='fig-']").allTextContents();
    }
}
