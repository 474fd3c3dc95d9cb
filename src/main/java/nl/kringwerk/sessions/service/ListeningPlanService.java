package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.ListeningStep;
import nl.kringwerk.sessions.domain.MeetingDates;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.RolePlan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listening group's sessions before they are run: planning the next one, who is here, who
 * welcomes and who keeps time, and the plan of steps for this session only (minutes, order, skip,
 * an extra step, the steps of a prepared theme). Every method opens the group first.
 */
@Service
public class ListeningPlanService {

    private final ListeningSessions sessions;
    private final ListeningSessionRepository repository;
    private final TaskRotation rotation;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListeningPlanService(
            ListeningSessions sessions,
            ListeningSessionRepository repository,
            TaskRotation rotation,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.rotation = rotation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ListeningLine> sessions(long groupId) {
        sessions.requireListeningGroup(groupId);
        return repository.findByGroupIdOrderByPlannedOnDesc(groupId).stream()
                .map(s -> new ListeningLine(s.getId(), s.getPlannedOn(), s.getStatus(), s.getReflection(), (int)
                        s.attendance().values().stream()
                                .filter(p -> p == Presence.PRESENT)
                                .count()))
                .toList();
    }

    /**
     * Plans the next session on the group's meeting day (after the last one planned, and not in the
     * past), with the usual steps.
     */
    @Transactional
    public long planNext(long groupId) {
        GroupPage page = sessions.listeningGroupPage(groupId);
        if (!page.isActive()) {
            throw InvalidInputException.of("group", "error.group-ended");
        }
        GroupDetails d = page.details();
        LocalDate from = LocalDate.now(clock);
        for (ListeningSession s : repository.findByGroupIdOrderByPlannedOnDesc(groupId)) {
            if (!s.getPlannedOn().isBefore(from)) {
                from = s.getPlannedOn().plusDays(1);
            }
            break;
        }
        LocalDate date =
                MeetingDates.next(d.startedOn(), d.meetingDay(), d.frequency().weeksBetweenSessions(), from);
        return repository
                .save(new ListeningSession(groupId, date, clock.instant(), username()))
                .getId();
    }

    @Transactional
    public void markAttendance(long sessionId, long memberId, @Nullable Presence presence) {
        ListeningSessions.WithGroup opened = sessions.withGroup(sessionId);
        if (opened.session().getStatus() == ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        if (!opened.group().hasActiveMember(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        if (presence == null) {
            throw InvalidInputException.of("status", "error.required");
        }
        opened.session().mark(memberId, presence, clock.instant());
    }

    /**
     * Who is next to welcome and to keep time: the rotation continues from the group's earlier
     * sessions, and whoever is not here is replaced by the next one present. Empty with fewer than two.
     */
    @Transactional(readOnly = true)
    public Optional<RolePlan> suggestedTasks(long sessionId) {
        ListeningSessions.WithGroup opened = sessions.withGroup(sessionId);
        return rotation.next(opened.session(), opened.group());
    }

    /** The host and the time keeper of this session: two different people who are here. */
    @Transactional
    public void assignTasks(long sessionId, @Nullable Long hostId, @Nullable Long timeKeeperId) {
        ListeningSession session = sessions.editable(sessionId);
        List<Long> present = TaskRotation.present(session);
        List<InvalidInput> problems = Texts.newProblems();
        if (hostId != null && !present.contains(hostId)) {
            problems.add(InvalidInput.of("host", "error.role-not-present"));
        }
        if (timeKeeperId != null && !present.contains(timeKeeperId)) {
            problems.add(InvalidInput.of("timeKeeper", "error.role-not-present"));
        }
        if (hostId != null && hostId.equals(timeKeeperId)) {
            problems.add(InvalidInput.of("timeKeeper", "error.tasks-same-person"));
        }
        InvalidInputException.throwIfAny(problems);
        session.assignTasks(hostId, timeKeeperId);
    }

    @Transactional
    public void changeMinutes(long sessionId, int position, @Nullable Integer minutes) {
        ListeningSession session = sessions.editable(sessionId);
        ListeningStep.minutesProblem(minutes).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        session.changeMinutes(ListeningSessions.checked(session, position), minutes);
    }

    @Transactional
    public void skipStep(long sessionId, int position, boolean skipped) {
        ListeningSession session = sessions.editable(sessionId);
        session.skip(ListeningSessions.checked(session, position), skipped);
    }

    @Transactional
    public void moveStep(long sessionId, int position, boolean up) {
        ListeningSession session = sessions.editable(sessionId);
        session.move(ListeningSessions.checked(session, position), up);
    }

    /** Adds a step with a short name of its own (e.g. "Pauze"), after the given position. */
    @Transactional
    public void addStep(long sessionId, int afterPosition, String title, @Nullable Integer minutes) {
        ListeningSession session = sessions.editable(sessionId);
        InvalidInputException.throwIfAny(ListeningStep.problemsOfExtra(title, minutes));
        session.add(ListeningStep.extra(title, minutes), afterPosition + 1);
    }

    /**
     * Puts prepared session material into a planned session's plan, in place of an earlier theme.
     * An empty list takes the theme out again. From then on its steps are this session's own.
     */
    @Transactional
    public void useTheme(long sessionId, String title, List<ThemeStep> themeSteps) {
        ListeningSession session = sessions.editable(sessionId);
        if (session.getStatus() != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        session.replaceTheme(themeSteps.stream()
                .map(step -> ListeningStep.theme(title, step.description(), step.minutes()))
                .toList());
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
