package nl.kringwerk.sessions.domain;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A listening session keeps to its own order: planned, then running, then done. No service needed. */
class ListeningSessionTest {

    private static final Instant NOON = Instant.parse("2026-03-04T11:00:00Z");

    private static ListeningSession planned() {
        return new ListeningSession(10, LocalDate.of(2026, 3, 4), NOON, "facilitator");
    }

    private static ListeningSession running() {
        ListeningSession session = planned();
        session.start(NOON, "facilitator");
        return session;
    }

    private static ListeningSession done() {
        ListeningSession session = running();
        session.finish(NOON.plusSeconds(3600));
        return session;
    }

    @Test
    void aPlannedSessionStartsAtItsFirstStepAndFinishesWithEveryStepItWentThroughRun() {
        ListeningSession session = planned();
        session.skip(0, true);
        session.start(NOON, "facilitator");
        assertThat(session.getStatus()).isEqualTo(ListeningStatus.RUNNING);
        assertThat(session.getCurrentStep()).isEqualTo(1);
        session.goTo(3);
        session.finish(NOON.plusSeconds(3600));
        assertThat(session.getStatus()).isEqualTo(ListeningStatus.DONE);
        assertThat(session.getCurrentStep()).isNull();
        assertThat(session.steps())
                .extracting(ListeningStep::done)
                .containsExactly(false, true, false, true, false, false, false, false);
    }

    @Test
    void aSessionThatIsRunningOrDoneCannotBeStartedAgain() {
        ListeningSession runs = running();
        runs.goTo(2);
        refused(() -> runs.start(NOON.plusSeconds(60), "someone else"), "error.session-not-planned");
        assertThat(runs.getCurrentStep()).as("the run goes on where it was").isEqualTo(2);
        assertThat(runs.getStartedAt()).isEqualTo(NOON);

        ListeningSession finished = done();
        refused(() -> finished.start(NOON.plusSeconds(7200), "facilitator"), "error.session-not-planned");
        assertThat(finished.getStatus()).isEqualTo(ListeningStatus.DONE);
        assertThat(finished.getCurrentStep()).isNull();
    }

    @Test
    void aCancelledSessionCannotBeStarted() {
        ListeningSession cancelled = planned();
        cancelled.cancel("Zaal dicht");
        refused(() -> cancelled.start(NOON, "facilitator"), "error.session-not-planned");
        assertThat(cancelled.getStatus()).isEqualTo(ListeningStatus.CANCELLED);
    }

    @Test
    void goingToAStepIsPossibleOnlyWhileTheSessionRuns() {
        ListeningSession notYet = planned();
        refused(() -> notYet.goTo(2), "error.session-not-open");
        assertThat(notYet.getCurrentStep()).isNull();
        assertThat(notYet.steps()).noneMatch(ListeningStep::done);

        ListeningSession finished = done();
        refused(() -> finished.goTo(2), "error.session-not-open");
        assertThat(finished.getCurrentStep()).isNull();
        assertThat(finished.getStatus()).isEqualTo(ListeningStatus.DONE);
    }

    @Test
    void goingToAStepThatIsNotInThePlanIsRefused() {
        ListeningSession session = running();
        int steps = session.steps().size();
        assertThatThrownBy(() -> session.goTo(steps)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.goTo(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.getCurrentStep()).isZero();
        assertThat(session.steps()).noneMatch(ListeningStep::done);
    }

    @Test
    void onlyARunningSessionCanBeFinished() {
        ListeningSession notYet = planned();
        refused(() -> notYet.finish(NOON), "error.session-not-open");
        assertThat(notYet.getStatus()).isEqualTo(ListeningStatus.PLANNED);

        ListeningSession finished = done();
        finished.ran(0, false);
        refused(() -> finished.finish(NOON.plusSeconds(7200)), "error.session-not-open");
        assertThat(finished.steps().get(0).done())
                .as("finishing again does not mark steps as run")
                .isFalse();
    }
}
