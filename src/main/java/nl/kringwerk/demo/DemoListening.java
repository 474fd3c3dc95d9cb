package nl.kringwerk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.service.ListeningService;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;

/**
 * A listening group with its agreements and a few past sessions: who came, which steps were run,
 * how it went. Nothing else, as in real use. The next session is planned, ready to prepare.
 */
final class DemoListening {

    private static final Reflection[] HOW = {Reflection.GOOD, Reflection.MIXED, Reflection.GOOD, Reflection.DIFFICULT};

    private final ListeningService listening;
    private final DemoSavings.BeforeOpen beforeStart;
    private final ListeningSessionRepository sessions;
    private final Clock clock;

    DemoListening(
            ListeningService listening,
            ListeningSessionRepository sessions,
            Clock clock,
            DemoSavings.BeforeOpen beforeStart) {
        this.beforeStart = beforeStart;
        this.listening = listening;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param pastDates the dates of past sessions, oldest first
     * @param ownAgreement an agreement of the group's own besides the usual ones, if any
     */
    void play(long groupId, List<LocalDate> pastDates, @Nullable String ownAgreement) {
        listening.useUsualAgreements(groupId);
        if (ownAgreement != null) {
            listening.addAgreement(groupId, ownAgreement);
        }
        for (int s = 0; s < pastDates.size(); s++) {
            // Past dates are written directly; everything that happens at the session goes through the service.
            long id = sessions.save(new ListeningSession(groupId, pastDates.get(s), clock.instant(), "demo"))
                    .getId();
            List<RunState.Attendee> people = listening.run(id).attendance();
            for (int i = 0; i < people.size(); i++) {
                Presence presence = (i + s) % 5 == 0 ? Presence.EXCUSED : Presence.PRESENT;
                listening.markAttendance(id, people.get(i).memberId(), presence);
            }
            if (s % 2 == 1) {
                listening.skipStep(id, 4, true); // no exercise this time
            }
            beforeStart.prepare(groupId, id, s);
            listening.start(id);
            RunState state = listening.run(id);
            for (RunState.Step step : state.steps()) {
                if (!step.skipped() && step.position() > state.currentStep()) {
                    listening.goTo(id, step.position());
                }
            }
            listening.finish(id);
            listening.reflect(id, HOW[s % HOW.length]);
        }
        listening.planNext(groupId);
    }
}
