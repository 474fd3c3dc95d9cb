package nl.kringwerk.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the funder's page reads: amounts rounded to € 100 without cents, hidden figures that fit
 * their tile, charts with a text alternative, and a quarter that is not over yet says so.
 */
class InsightsReadingTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryStore summaries;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Clock clock;

    private String large;
    private String small;

    @Test
    void amountsRoundedToHundredsShowNoCents() {
        signInAsFunder();
        choose("insights-municipality", large);
        // Money is a figure of savings circles only.
        assertThat(text("fig-saved-0")).matches("€ \\d{1,3}(\\.\\d{3})*");
        assertThat(text("fig-lent-0")).matches("€ \\d{1,3}(\\.\\d{3})*");
    }

    @Test
    void aHiddenFigureInATileIsSetSmallSoItFits() {
        signInAsFunder();
        choose("insights-municipality", small);
        Span active = get(Span.class, "headline-active");
        assertThat(active.getText()).isEqualTo("te weinig om te tonen");
        assertThat(active.getClassNames()).contains("headline-number", "headline-hidden");
        choose("insights-municipality", large);
        assertThat(get(Span.class, "headline-active").getClassNames()).doesNotContain("headline-hidden");
    }

    @Test
    void eachChartHasATextAlternativeWithItsFigures() {
        signInAsFunder();
        choose("insights-municipality", large);
        for (String chart : List.of("survival-chart", "trend-chart")) {
            Element canvas = get(ChartCanvas.class, chart)
                    .getElement()
                    .getChildren()
                    .filter(e -> e.getTag().equals("canvas"))
                    .findFirst()
                    .orElseThrow();
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).isNotBlank();
        }
        assertThat(allText("survival-chart-table")).contains("Spaarkringen", "Luistergroepen", "Nog actief na 1 jaar");
        assertThat(allText("trend-chart-table"))
                .contains(
                        "Bijeenkomsten", "Actieve groepen", LocalDate.now(clock).getYear() + " K1");
        assertThat(get(Div.class, "trend-chart-table").getClassNames()).contains("visually-hidden");
    }

    @Test
    void theQuarterThatIsNotOverYetIsMarked() {
        signInAsFunder();
        LocalDate today = LocalDate.now(clock);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String current = today.getYear() + " K" + quarter;
        choose("insights-municipality", large);
        assertThat(text("insights-figures-title")).contains("loopt nog");
        assertThat(allText("trend-chart-table")).contains(current + " (loopt nog)");
        assertThat(get(ChartCanvas.class, "trend-chart").config()).contains(current + " (loopt nog)");
        if (quarter > 1) {
            choose("insights-quarter", quarter - 1);
            assertThat(text("insights-figures-title")).doesNotContain("loopt nog");
        }
        choose("insights-quarter", quarter);
        assertThat(text("insights-figures-title")).contains("loopt nog");
        choose("insights-year", today.getYear() - 1);
        assertThat(text("insights-figures-title")).doesNotContain("loopt nog");
        assertThat(allText("trend-chart-table")).doesNotContain(current);
    }

    /** A large and a very small municipality of generated groups, seen by one funder. */
    private void signInAsFunder() {
        TestWorld.World world = testWorld.create();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        large = "Grootstad " + tag;
        small = "Kleindorp " + tag;
        LocalDate today = LocalDate.now(clock);
        GeneratedGroups generator = new GeneratedGroups(jdbc);
        generator.generate(new GeneratedGroups.Scale(60, List.of(large), List.of("Fonds " + tag), 4, 21), today);
        generator.generate(new GeneratedGroups.Scale(2, List.of(small), List.of("Fonds " + tag), 2, 22), today);
        summaries.rebuildAll();
        long funder = accounts.idOf(world.funder());
        accounts.addFunderScope(funder, large, null);
        accounts.addFunderScope(funder, small, null);
        login(world.funder());
        navigate("inzichten");
        assertThat(_get(Span.class, spec -> spec.withId("headline-active"))).isNotNull();
    }
}
