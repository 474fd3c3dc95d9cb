package nl.kringwerk.insights.ui;

import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.PdfText;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.service.InsightsService;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.InsightAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The funder's page with generated groups in a large and a very small municipality: the large one
 * shows its figures, the small one's are hidden, the page states the rules, and the CSV holds
 * exactly the page's values (hidden ones as hidden). Summary and raw tables give the same page.
 */
class InsightsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryStore summaries;

    @Autowired
    InsightAccess insightAccess;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    InsightsService insights;

    @Autowired
    TestClock clock;

    @AfterEach
    void systemTimeAgain() {
        clock.useSystemTime();
    }

    @Test
    void aFunderSeesHerAreaWithSmallFiguresHiddenAndTheExportMatchesThePage() throws Exception {
        // The generated groups start and stop at fixed distances from "today": on a fixed day, which
        // figures the protection hides is the same on every run (on another day a group crosses New
        // Year, and the large town's new groups may be hidden to protect the small village's).
        clock.setTo(Instant.parse("2026-11-27T12:00:00Z"));
        TestWorld.World world = testWorld.create();
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String large = "Grootstad " + tag;
        String small = "Kleindorp " + tag;
        LocalDate today = LocalDate.now(clock);
        GeneratedGroups generator = new GeneratedGroups(jdbc);
        generator.generate(new GeneratedGroups.Scale(60, List.of(large), List.of("Fonds " + tag), 4, 11), today);
        generator.generate(new GeneratedGroups.Scale(2, List.of(small), List.of("Fonds " + tag), 2, 12), today);
        summaries.rebuildAll();
        long funder = accounts.idOf(world.funder());
        accounts.addFunderScope(funder, large, null);
        accounts.addFunderScope(funder, small, null);
        login(world.funder());

        navigate("inzichten");
        assertThat(text("insights-title")).isEqualTo("Inzichten");
        assertThat(allText("insights-rules"))
                .contains("minder dan 10 mensen of minder dan 3 groepen")
                .contains("‘te weinig om te tonen’")
                .contains("een aantal groepen hoogstens 4 meer of minder")
                .contains("nooit preciezer weten dan op 2 groepen of 5 mensen na");
        choose("insights-municipality", large);
        assertThat(value("groups-active", 2)).matches("\\d+");
        assertThat(Long.parseLong(value("groups-active", 2)) % 5).isZero();
        assertThat(value("sessions", 2)).matches("[\\d.]+");
        choose("insights-municipality", small);
        assertThat(value("groups-active", 2)).isEqualTo("te weinig om te tonen");
        assertThat(value("sessions", 2)).isEqualTo("te weinig om te tonen");
        // Both together minus the large one would give the small one: so the total is hidden too.
        choose("insights-municipality", null);
        assertThat(value("sessions", 2)).isEqualTo("te weinig om te tonen");
        choose("insights-municipality", large);
        // New and stopped groups per year only.
        assertThat(value("groups-started", 2)).matches("\\d+");
        choose("insights-quarter", 1);
        assertThat(value("groups-started", 2)).isEqualTo("-");
        assertThat(value("groups-ended", 0)).isEqualTo("-");
        assertThat(value("groups-active", 2)).matches("\\d+");
        choose("insights-quarter", null);

        // The export is the page.
        Dashboard d = insights.dashboard(today.getYear(), null, large);
        String csv =
                new String(InsightExports.csv(d, new InsightTexts(UI(), Translations.DUTCH)), StandardCharsets.UTF_8);
        for (String key : List.of("groups-active", "sessions", "attendance", "cycles-continued", "saved")) {
            for (int t = 0; t < 3; t++) {
                assertThat(csv).contains("\"" + value(key, t) + "\"");
            }
        }
        String pdf =
                PdfText.of(PdfText.keep("insights", InsightExports.pdf(d, new InsightTexts(UI(), Translations.DUTCH))));
        assertThat(pdf).contains("Inzichten", value("groups-active", 2), value("sessions", 2));
        assertThat(insights.dashboardFromRawTables(today.getYear(), null, large))
                .isEqualTo(d);
    }

    private static UI UI() {
        return UI.getCurrent();
    }

    private static String value(String key, int type) {
        return text("fig-" + key + "-" + type);
    }
}
