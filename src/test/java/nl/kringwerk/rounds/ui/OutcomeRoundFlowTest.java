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
import nl.kringwerk.rounds.service.OutcomeWordingService;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.savings.ui.MeetingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outcome statements at the first session of a cycle, through the screens: the chair starts the
 * round in the meeting, the round takes the whole tablet (nothing of the meeting beside it, also on
 * a reload), each of the eight taps her name and then five pictograms, where her name is not shown;
 * the screen clears after each tap, a name cannot come back, no total shows before the end; the last
 * tap brings the tablet back to the meeting, which shows the totals per statement. The statements
 * are in the organisation's own words where it chose them.
 */
class OutcomeRoundFlowTest extends KaribuTest {

    private static final String OWN = "Ik weet wat er binnenkomt en wat eruit gaat.";

    @Autowired
    Savings savings;

    @Autowired
    OutcomeWordingService wording;

    @Autowired
    SecretRoundService rounds;

    @Test
    void eightMembersAnswerTheOutcomeStatementsOnATabletThatShowsOnlyTheRound() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        wording.word(world.organisationA(), 0, OWN, "I know what comes in and what goes out.");
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());

        navigate("bijeenkomst/" + f.sessionId);
        assertThat(allText("round-outcome-offer")).contains("eerste bijeenkomst");
        click("round-outcome-5");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoundScreen.class);
        assertNothingOfTheMeeting();
        assertThat(allText("round-progress")).isEqualTo("0 van 8 klaar");

        // A reload of the meeting, or another tablet opening it, comes to the round too.
        navigate("bijeenkomst/" + f.sessionId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoundScreen.class);

        // Member i answers a[i] to every statement, except Gloria (index 3), who passes over the last.
        int[] a = {4, 4, 3, 0, 2, 1, 4, 3};
        for (int i = 0; i < f.members.size(); i++) {
            long member = f.members.get(i);
            String name = TestWorld.Circle.NAMES.get(i);
            click("round-name-" + member);
            assertThat(allText("round-question")).contains(OWN).contains("1 / 5");
            for (int q = 0; q < 5; q++) {
                String screen = allText("round-screen");
                assertThat(screen).as("her name is not shown with her choice").doesNotContain(name);
                assertThat(_find(Button.class, spec -> spec.withId("round-end")))
                        .as("the chair's button is not on her screen")
                        .isEmpty();
                assertThat(_find(Component.class, spec -> spec.withId("round-progress")))
                        .isEmpty();
                if (q == 4 && i == 3) {
                    click("round-skip");
                } else {
                    click("round-answer-" + a[i]);
                }
            }
            if (i < f.members.size() - 1) {
                assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RoundScreen.class);
                assertThat(allText("round-progress")).isEqualTo((i + 1) + " van 8 klaar");
                assertThat(allText("round-thanks")).contains("Dank je");
                assertThat(_find(Button.class, spec -> spec.withId("round-name-" + member)))
                        .as("nobody taps twice")
                        .isEmpty();
                assertThat(_find(Button.class, spec -> spec.withId("round-answer-0")))
                        .as("the screen clears after each tap")
                        .isEmpty();
                assertThat(_find(Component.class, spec -> spec.withId("round-totals")))
                        .as("no total before the end")
                        .isEmpty();
                assertThat(allText("round-screen")).doesNotContain(OWN);
            }
        }

        assertThat(UI.getCurrent().getCurrentView())
                .as("the tablet is back at the meeting")
                .isInstanceOf(MeetingView.class);
        // Totals per statement: 0 -> 1 (Gloria), 1 -> 1, 2 -> 1, 3 -> 2, 4 -> 3.
        for (int q = 0; q < 5; q++) {
            List<Integer> expected = q == 4 ? List.of(0, 1, 1, 2, 3) : List.of(1, 1, 1, 2, 3);
            for (int answer = 0; answer < 5; answer++) {
                assertThat(allText("round-count-" + q + "-" + answer))
                        .as("statement %d answer %d", q, answer)
                        .isEqualTo(String.valueOf(expected.get(answer)));
            }
        }
        assertThat(allText("round-totals")).contains(OWN);
        assertThat(_find(Button.class, spec -> spec.withId("round-outcome-5")))
                .as("asked once per session")
                .isEmpty();
    }

    /** No part of the meeting: no menu, no meeting sections, no amounts, no other screen's buttons. */
    static void assertNothingOfTheMeeting() {
        assertThat(_find(MeetingView.class)).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("secret-rounds"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("round-screen"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.applayout.AppLayout.class)).isEmpty();
        assertThat(allText("round-screen")).doesNotContain("€");
    }
}
