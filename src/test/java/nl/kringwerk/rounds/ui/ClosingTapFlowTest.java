package nl.kringwerk.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.click;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import nl.kringwerk.sessions.ui.ListeningView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A listening group's closing tap through the screens: at the closing round the facilitator starts
 * it, the round takes the whole tablet, each of the five present taps her name and then lighter,
 * the same or heavier; the screen clears after each tap, nobody taps twice, the excused member is
 * not offered, no total before the end; the last tap brings the tablet back to the session, which
 * shows only the counts.
 */
class ClosingTapFlowTest extends KaribuTest {

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Test
    void fivePeopleTapHowTheyGoHomeAndOnlyTheCountsShow() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        login(world.facilitatorA());
        long session = plans.planNext(group);
        List<RunState.Attendee> people = runner.run(session).attendance();
        for (int i = 0; i < people.size(); i++) {
            plans.markAttendance(session, people.get(i).memberId(), i == 0 ? Presence.EXCUSED : Presence.PRESENT);
        }
        runner.start(session);

        navigate("luisteren/" + session);
        while (_find(Button.class, spec -> spec.withId("round-closing-start")).isEmpty()) {
            click("next-step");
        }
        click("round-closing-start");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoundScreen.class);
        assertThat(_find(ListeningView.class)).isEmpty();
        assertThat(allText("round-progress")).isEqualTo("0 van 5 klaar");
        assertThat(_find(
                        Button.class,
                        spec -> spec.withId("round-name-" + people.get(0).memberId())))
                .as("who is not there does not tap")
                .isEmpty();

        int[] taps = {0, 0, 1, 2, 0};
        for (int i = 0; i < taps.length; i++) {
            RunState.Attendee her = people.get(i + 1);
            click("round-name-" + her.memberId());
            assertThat(allText("round-question")).contains("naar huis");
            assertThat(allText("round-screen")).doesNotContain(her.name());
            assertThat(_find(Button.class, spec -> spec.withId("round-skip")))
                    .as("one question, nothing to pass over")
                    .isEmpty();
            click("round-answer-" + taps[i]);
            if (i < taps.length - 1) {
                assertThat(allText("round-progress")).isEqualTo((i + 1) + " van 5 klaar");
                assertThat(_find(Button.class, spec -> spec.withId("round-name-" + her.memberId())))
                        .as("nobody taps twice")
                        .isEmpty();
                assertThat(_find(Button.class, spec -> spec.withId("round-answer-0")))
                        .as("the screen clears after each tap")
                        .isEmpty();
                assertThat(_find(Component.class, spec -> spec.withId("round-totals")))
                        .as("no total before the end")
                        .isEmpty();
            }
        }

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ListeningView.class);
        assertThat(allText("round-count-0-0")).isEqualTo("3");
        assertThat(allText("round-count-0-1")).isEqualTo("1");
        assertThat(allText("round-count-0-2")).isEqualTo("1");
        assertThat(_find(Button.class, spec -> spec.withId("round-closing-start")))
                .as("held once")
                .isEmpty();
    }
}
