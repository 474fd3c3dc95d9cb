package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.Agreement;
import nl.kringwerk.sessions.domain.AgreementRepository;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.ListeningStep;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.SessionRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listening-group runner: a session as the facilitator's screen shows it, the run from the first
 * step to the last, and afterwards which steps were really run and how it went, in one tap. Every
 * method opens the group first. Nothing told in the circle is ever accepted: there is no parameter
 * for it.
 */
@Service
public class ListeningRunService {

    private final ListeningSessions sessions;
    private final AgreementRepository agreements;
    private final TaskRotation rotation;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListeningRunService(
            ListeningSessions sessions,
            AgreementRepository agreements,
            TaskRotation rotation,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.agreements = agreements;
        this.rotation = rotation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything the screen shows of the session: before, during and after it. */
    @Transactional(readOnly = true)
    public RunState run(long sessionId) {
        ListeningSessions.WithGroup opened = sessions.withGroup(sessionId);
        ListeningSession session = opened.session();
        GroupFacts group = opened.group();
        Map<Long, Presence> marks = session.attendance();
        List<RunState.Attendee> attendance = group.members().stream()
                .filter(m -> m.isActive() || marks.containsKey(m.id()))
                .map(m -> new RunState.Attendee(m.id(), m.displayName(), marks.get(m.id())))
                .sorted(Comparator.comparing(RunState.Attendee::name))
                .toList();
        List<ListeningStep> steps = session.steps();
        List<RunState.Step> lines = IntStream.range(0, steps.size())
                .mapToObj(i -> new RunState.Step(
                        i,
                        steps.get(i).kind(),
                        steps.get(i).title(),
                        steps.get(i).detail(),
                        steps.get(i).minutes(),
                        steps.get(i).skipped(),
                        steps.get(i).done()))
                .toList();
        return new RunState(
                sessionId,
                group.id(),
                group.name(),
                session.getPlannedOn(),
                session.getStatus(),
                session.getCurrentStep(),
                session.getStartedAt(),
                lines,
                attendance,
                agreements.findByGroupIdOrderByPositionAscIdAsc(group.id()).stream()
                        .map(Agreement::getText)
                        .toList(),
                session.getReflection(),
                session.tasks().holder(SessionRole.HOST),
                session.tasks().holder(SessionRole.TIME_KEEPER));
    }

    /**
     * Starts a planned session with somebody here. Without a host and a time keeper chosen, the
     * rotation's suggestion takes the tasks.
     */
    @Transactional
    public void start(long sessionId) {
        ListeningSession session = sessions.accessible(sessionId);
        if (session.getStatus() != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        if (session.attendance().values().stream().noneMatch(p -> p == Presence.PRESENT)) {
            throw InvalidInputException.of("session", "error.nobody-present");
        }
        if (session.tasks().holders().isEmpty()) {
            rotation.next(session, sessions.groupOf(session))
                    .ifPresent(plan ->
                            session.assignTasks(plan.holder(SessionRole.HOST), plan.holder(SessionRole.TIME_KEEPER)));
        }
        session.start(clock.instant(), username());
    }

    /** Goes to a step; the step she leaves counts as run. */
    @Transactional
    public void goTo(long sessionId, int position) {
        ListeningSession session = sessions.running(sessionId);
        session.goTo(ListeningSessions.checked(session, position));
    }

    /** Ends the session; the step she was in counts as run. The reflection may come now or later. */
    @Transactional
    public void finish(long sessionId) {
        ListeningSession session = sessions.running(sessionId);
        session.finish(clock.instant());
    }

    /** After the session: which steps were really run. */
    @Transactional
    public void stepRan(long sessionId, int position, boolean ran) {
        ListeningSession session = sessions.done(sessionId);
        session.ran(ListeningSessions.checked(session, position), ran);
    }

    /** How it went, in one tap. Nothing else is kept. */
    @Transactional
    public void reflect(long sessionId, @Nullable Reflection reflection) {
        ListeningSession session = sessions.done(sessionId);
        if (reflection == null) {
            throw InvalidInputException.of("reflection", "error.required");
        }
        session.reflect(reflection);
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
