package nl.kringwerk.rounds.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A listening group's closing tap: counts of lighter, the same, heavier; one tap per person present. */
class ClosingTapTest extends ServiceTest {

    @Autowired
    SecretRoundService rounds;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Test
    void eachPersonPresentTapsOnceAndOnlyTheCountsAreKept() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        signInAs(world.facilitatorA());
        long session = plans.planNext(group);
        refused(() -> rounds.openClosing(session), "error.round-session-not-running");
        List<RunState.Attendee> people = runner.run(session).attendance();
        for (int i = 0; i < people.size(); i++) {
            plans.markAttendance(session, people.get(i).memberId(), i == 0 ? Presence.EXCUSED : Presence.PRESENT);
        }
        runner.start(session);
        long round = rounds.openClosing(session);
        refused(() -> rounds.openClosing(session), "error.round-held");
        refused(() -> rounds.tap(round, people.get(0).memberId(), new int[] {0}), "error.member-not-present");
        int[] taps = {0, 0, 1, 2};
        for (int i = 0; i < taps.length; i++) {
            rounds.tap(round, people.get(i + 1).memberId(), new int[] {taps[i]});
        }
        refused(() -> rounds.tap(round, people.get(1).memberId(), new int[] {2}), "error.round-tapped");
        assertThat(rounds.round(round).done()).isEqualTo(4);
        assertThat(rounds.round(round).present()).isEqualTo(5);
        refused(() -> rounds.result(round), "error.round-still-open");
        rounds.tap(round, people.get(5).memberId(), new int[] {0});

        RoundResult result = rounds.result(round);
        assertThat(result.status()).isEqualTo(RoundStatus.ENDED);
        assertThat(result.purpose()).isEqualTo(RoundPurpose.CLOSING);
        assertThat(result.tallies().count(0, 0)).isEqualTo(3);
        assertThat(result.tallies().count(0, 1)).isEqualTo(1);
        assertThat(result.tallies().count(0, 2)).isEqualTo(1);
        assertThat(rounds.roundsOfListeningSession(session))
                .singleElement()
                .satisfies(r -> assertThat(r.isOpen()).isFalse());
    }
}
