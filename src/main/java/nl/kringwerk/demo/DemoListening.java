package nl.kringwerk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.service.AgreementService;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;

/**
 * A listening group with its agreements and a few past sessions: who came, which steps were run,
 * how it went. Nothing else, as in real use. The next session is planned, ready to prepare.
 */
final class DemoListening {

    private static final Reflection[] HOW = {Reflection.GOOD, Reflection.MIXED, Reflection.GOOD, Reflection.DIFFICULT};

    private final AgreementService agreements;
    private final ListeningPlanService plans;
    private final ListeningRunService runner;
    private final ListeningSessionRepository sessions;
    private final Clock clock;

    DemoListening(
            AgreementService agreements,
            ListeningPlanService plans,
            ListeningRunService runner,
            ListeningSessionRepository sessions,
            Clock clock) {
        this.agreements = agreements;
        this.plans = plans;
        this.runner = runner;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param pastDates   the dates of past sessions, oldest first
     * @param ownAgreement an agreement of the group's own besides the usual ones, if any
     * @param beforeStart what happens to each past session before it starts (its theme is prepared)
     */
    void play(
            long groupId,
            List<LocalDate> pastDates,
            @Nullable String ownAgreement,
            DemoSavings.BeforeOpen beforeStart) {
        agreements.useUsualAgreements(groupId);
        if (ownAgreement != null) {
            agreements.addAgreement(groupId, ownAgreement);
        }
        for (int s = 0; s < pastDates.size(); s++) {
            // Past dates are written directly; everything that happens at the session goes through the service.
            long id = sessions.save(new ListeningSession(groupId, pastDates.get(s), clock.instant(), "demo"))
                    .getId();
            List<RunState.Attendee> people = runner.run(id).attendance();
            for (int i = 0; i < people.size(); i++) {
                Presence presence = (i + s) % 5 == 0 ? Presence.EXCUSED : Presence.PRESENT;
                plans.markAttendance(id, people.get(i).memberId(), presence);
            }
            if (s % 2 == 1) {
                plans.skipStep(id, 4, true); // no exercise this time
            }
            beforeStart.prepare(groupId, id, s);
            runner.start(id);
            RunState state = runner.run(id);
            for (RunState.Step step : state.steps()) {
                if (!step.skipped() && step.position() > state.currentStep()) {
                    runner.goTo(id, step.position());
                }
            }
            runner.finish(id);
            runner.reflect(id, HOW[s % HOW.length]);
        }
        plans.planNext(groupId);
    }
}
