package nl.kringwerk.practice.ui;

import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.insights.service.SummaryOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A practice meeting runs the whole ritual with play money and leaves no trace anywhere. */
class PracticeViewTest extends KaribuTest {

    /** Every table a real meeting, a loan, a passbook or the funders' figures would touch. */
    private static final List<String> TABLES = List.of(
            "journal_entry",
            "savings_cycle",
            "savings_session",
            "attendance",
            "role_change",
            "loan",
            "share_out",
            "share_out_line",
            "insight_area_period",
            "insight_municipality_period",
            "passbook_setting",
            "insight_group",
            "insight_group_period",
            "member_code",
            "member_code_opening",
            "savings_goal",
            "audit_event");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryOutbox outbox;

    @Test
    void aWholePracticeRitualLeavesNothingInJournalPassbooksSummariesOrInsights() {
        TestWorld.World world = testWorld.create();
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        login(world.officerA());
        // What the new world left for the summary is applied first (issue 22's outbox, after commit).
        outbox.applyPending();
        Map<String, Integer> before = counts();

        navigate("groepen/" + world.groupA());
        assertThat(Screen.get(RouterLink.class, "open-practice").getHref()).isEqualTo("oefenen/" + world.groupA());
        navigate("oefenen/" + world.groupA());
        assertThat(text("practice-banner")).startsWith("OEFENEN MET SPEELGELD");
        choose("practice-chair", circle.member("Samira"));
        choose("practice-bookkeeper", circle.member("Fatma"));
        choose("practice-counter1", circle.member("Anja"));
        choose("practice-counter2", circle.member("Fatma"));
        click("practice-start");
        assertThat(text("practice-error")).isEqualTo("Kies vier verschillende mensen die er zijn.");
        choose("practice-counter2", circle.member("Gloria"));
        click("practice-start");

        type("practice-amount-" + circle.member("Yvonne"), "12,50");
        click("practice-count-" + circle.member("Yvonne"));
        assertThat(text("practice-shown")).isEqualTo("€ 12,50");
        click("practice-no"); // counted again: nothing booked
        type("practice-amount-" + circle.member("Yvonne"), "15");
        click("practice-count-" + circle.member("Yvonne"));
        click("practice-yes");
        type("practice-amount-" + circle.member("Priya"), "20");
        click("practice-count-" + circle.member("Priya"));
        click("practice-yes");
        assertThat(text("practice-box")).isEqualTo("In de kas hoort te zitten: € 35,00");

        choose("practice-borrower", circle.member("Naima"));
        type("practice-loan", "50");
        click("practice-lend");
        assertThat(text("practice-loan-message")).isEqualTo("Zoveel zit er niet in de kas (nu € 35,00).");
        type("practice-loan", "10");
        click("practice-lend");
        assertThat(text("practice-box")).isEqualTo("In de kas hoort te zitten: € 25,00");

        type("practice-counted", "25");
        click("practice-close");
        assertThat(text("practice-result")).startsWith("Het klopt!");
        click("practice-discard");

        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
