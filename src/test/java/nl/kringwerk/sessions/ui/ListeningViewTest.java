package nl.kringwerk.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import nl.kringwerk.sessions.service.ThemeStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A facilitator runs a listening-group session from welcome to closing on her tablet, and what
 * Kringwerk keeps of it is attendance, the steps run and her one-tap reflection: nothing else.
 */
class ListeningViewTest extends KaribuTest {

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFacilitatorRunsASessionFromWelcomeToClosing() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        login(world.facilitatorA());

        navigate("groepen/" + group);
        click("usual-agreements");
        click("plan-next");
        long session = plans.sessions(group).get(0).id();
        List<RunState.Attendee> people = runner.run(session).attendance();
        for (RunState.Attendee a : people) {
            click((a.name().equals("Bram") ? "mark-excused-" : "mark-present-") + a.memberId());
        }
        click("start-listening");
        assertThat(text("run-progress")).contains("Ontvangst: ").contains("Tijd: ");
        assertThat(text("current-step")).isEqualTo("Welkom");
        assertThat(text("run-timer")).contains("gepland 10 min");

        // The agreements are one tap away.
        click("show-agreements");
        assertThat(_get(UnorderedList.class).getElement().getTextRecursively()).contains("Humor is welkom.");
        click("close-agreements");

        // Around the circle: Greet speaks, Kofi passes, the turn goes on.
        String first = text("speaker");
        click("turn-next");
        String second = text("speaker");
        assertThat(second).isNotEqualTo(first);
        click("turn-pass");
        assertThat(text("passed")).contains(second).contains("Niemand hoeft te praten");

        for (int step = 1; step < 8; step++) {
            click("next-step");
        }
        assertThat(text("current-step")).isEqualTo("Afsluiten: wat neem je mee naar huis?");
        click("finish");
        click("reflect-good");

        RunState done = runner.run(session);
        assertThat(done.steps()).allMatch(RunState.Step::done);
        assertThat(done.present()).hasSize(5);

        // What is stored: attendance, steps and the reflection (plus the calendar: a date moved or cancelled
        // has its reason; a theme step its description from the session material, written before the
        // session). No column could hold a story.
        assertThat(columns("listening_session"))
                .containsExactlyInAnyOrder(
                        "id",
                        "group_id",
                        "planned_on",
                        "status",
                        "current_step",
                        "started_at",
                        "finished_at",
                        "led_by",
                        "reflection",
                        "created_at",
                        "created_by",
                        "version",
                        "moved_from",
                        "change_reason",
                        "extra",
                        "host_member_id",
                        "time_keeper_member_id");
        assertThat(columns("listening_step"))
                .containsExactlyInAnyOrder(
                        "session_id", "position", "kind", "title", "minutes", "skipped", "done", "detail");
        assertThat(columns("listening_attendance"))
                .containsExactlyInAnyOrder("session_id", "member_id", "status", "recorded_at");
        Map<String, Object> row =
                jdbc.queryForMap("select status, reflection, led_by from listening_session where id = ?", session);
        assertThat(row)
                .containsEntry("status", "DONE")
                .containsEntry("reflection", "GOOD")
                .containsEntry("led_by", world.facilitatorA());
        assertThat(jdbc.queryForList(
                        "select kind, title, done from listening_step where session_id = ?" + " order by position",
                        session))
                .hasSize(8)
                .allSatisfy(
                        step -> assertThat(step).containsEntry("title", null).containsEntry("done", true));
        assertThat(jdbc.queryForList(
                        "select status from listening_attendance where session_id = ?", String.class, session))
                .containsExactlyInAnyOrder("PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "EXCUSED");
    }

    @Test
    void eachStepOfAThemeIsNamedAsItsOwnPartOfTheTheme() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        login(world.facilitatorA());
        navigate("groepen/" + group);
        click("plan-next");
        long session = plans.sessions(group).get(0).id();
        plans.useTheme(
                session,
                "Familie en mantelzorg",
                List.of(
                        new ThemeStep(5, "Noem het thema."),
                        new ThemeStep(25, "Rondje luisteren."),
                        new ThemeStep(10, "Herkenning.")));
        for (RunState.Attendee a : runner.run(session).attendance()) {
            click("mark-present-" + a.memberId());
        }
        click("start-listening");

        List<String> themeSteps = new ArrayList<>();
        while (_find(Button.class, spec -> spec.withId("next-step")).size() == 1) {
            if (text("current-step").startsWith("Familie en mantelzorg")) {
                themeSteps.add(text("current-step"));
            }
            click("next-step");
        }
        assertThat(themeSteps)
                .containsExactly(
                        "Familie en mantelzorg: stap 1 van 3",
                        "Familie en mantelzorg: stap 2 van 3",
                        "Familie en mantelzorg: stap 3 van 3");
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema = database()"
                        + " and table_name = ?",
                String.class,
                table);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }
}
