package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.Agreement;
import nl.kringwerk.sessions.domain.AgreementRepository;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.ListeningStep;
import nl.kringwerk.sessions.domain.MeetingDates;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.RolePlan;
import nl.kringwerk.sessions.domain.RotationPlanner;
import nl.kringwerk.sessions.domain.SessionRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listening-group runner: the group's agreements, its sessions, the plan of steps, the run and
 * the one-tap reflection afterwards. Every method opens the group through {@link GroupService}
 * first. Nothing told in the circle is ever accepted: there is no parameter for it.
 */
@Service
public class ListeningService {

    private final GroupService groups;
    private final AgreementRepository agreements;
    private final ListeningSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListeningService(
            GroupService groups,
            AgreementRepository agreements,
            ListeningSessionRepository sessions,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.agreements = agreements;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- agreements -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<AgreementLine> agreements(long groupId) {
        listeningGroup(groupId);
        return agreementsOf(groupId).stream()
                .map(a -> new AgreementLine(a.getId(), a.getText()))
                .toList();
    }

    /** A new group starts from the usual agreements, and changes them as it likes. */
    @Transactional
    public void useUsualAgreements(long groupId) {
        listeningGroup(groupId);
        if (!agreementsOf(groupId).isEmpty()) {
            return;
        }
        for (int i = 0; i < Agreement.USUAL.size(); i++) {
            agreements.save(new Agreement(groupId, i, Agreement.USUAL.get(i), clock.instant(), username()));
        }
    }

    @Transactional
    public long addAgreement(long groupId, String text) {
        listeningGroup(groupId);
        InvalidInputException.throwIfAny(Agreement.problems(text));
        int position = agreementsOf(groupId).stream()
                        .mapToInt(Agreement::getPosition)
                        .max()
                        .orElse(-1)
                + 1;
        return agreements
                .save(new Agreement(groupId, position, text, clock.instant(), username()))
                .getId();
    }

    @Transactional
    public void rewordAgreement(long groupId, long agreementId, String text) {
        listeningGroup(groupId);
        Agreement agreement = agreementOf(groupId, agreementId);
        InvalidInputException.throwIfAny(Agreement.problems(text));
        agreement.reword(text, clock.instant(), username());
    }

    @Transactional
    public void removeAgreement(long groupId, long agreementId) {
        listeningGroup(groupId);
        agreements.delete(agreementOf(groupId, agreementId));
    }

    // --- sessions -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ListeningLine> sessions(long groupId) {
        listeningGroup(groupId);
        return sessions.findByGroupIdOrderByPlannedOnDesc(groupId).stream()
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
        GroupPage page = listeningGroup(groupId);
        if (!page.isActive()) {
            throw InvalidInputException.of("group", "error.group-ended");
        }
        GroupDetails d = page.details();
        LocalDate from = LocalDate.now(clock);
        for (ListeningSession s : sessions.findByGroupIdOrderByPlannedOnDesc(groupId)) {
            if (!s.getPlannedOn().isBefore(from)) {
                from = s.getPlannedOn().plusDays(1);
            }
            break;
        }
        LocalDate date =
                MeetingDates.next(d.startedOn(), d.meetingDay(), d.frequency().weeksBetweenSessions(), from);
        return sessions.save(new ListeningSession(groupId, date, clock.instant(), username()))
                .getId();
    }

    @Transactional(readOnly = true)
    public RunState run(long sessionId) {
        ListeningSession session = session(sessionId);
        GroupFacts group = groups.groupFacts(session.getGroupId());
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
                agreementsOf(group.id()).stream().map(Agreement::getText).toList(),
                session.getReflection(),
                session.tasks().holder(SessionRole.HOST),
                session.tasks().holder(SessionRole.TIME_KEEPER));
    }

    /**
     * Who is next to welcome and to keep time: the rotation continues from the group's earlier
     * sessions, and whoever is not here is replaced by the next one present. Empty with fewer than two.
     */
    @Transactional(readOnly = true)
    public Optional<RolePlan> suggestedTasks(long sessionId) {
        ListeningSession session = session(sessionId);
        GroupFacts group = groups.groupFacts(session.getGroupId());
        List<Long> present = present(session);
        if (present.size() < SessionRole.LISTENING.size()) {
            return Optional.empty();
        }
        List<Long> circle = group.members().stream()
                .filter(m -> m.isActive())
                .map(m -> m.id())
                .toList();
        List<RolePlan> history = sessions.findByGroupIdOrderByPlannedOnDesc(group.id()).stream()
                .filter(s -> s.getStatus() == ListeningStatus.DONE || s.getStatus() == ListeningStatus.RUNNING)
                .filter(s -> !s.getId().equals(sessionId))
                .sorted(Comparator.comparing(ListeningSession::getPlannedOn))
                .map(ListeningSession::tasks)
                .filter(t -> !t.holders().isEmpty())
                .toList();
        RolePlan next = RotationPlanner.plan(circle, List.of(), 1, SessionRole.LISTENING, history)
                .get(0);
        return Optional.of(RotationPlanner.replaceAbsent(next, circle, present, List.of()));
    }

    /** The host and the time keeper of this session: two different people who are here. */
    @Transactional
    public void assignTasks(long sessionId, Long hostId, Long timeKeeperId) {
        ListeningSession session = editable(sessionId);
        List<Long> present = present(session);
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

    private static List<Long> present(ListeningSession session) {
        return session.attendance().entrySet().stream()
                .filter(e -> e.getValue() == Presence.PRESENT)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Transactional
    public void markAttendance(long sessionId, long memberId, Presence presence) {
        ListeningSession session = session(sessionId);
        GroupFacts group = groups.groupFacts(session.getGroupId());
        if (session.getStatus() == ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        if (!group.hasActiveMember(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        if (presence == null) {
            throw InvalidInputException.of("status", "error.required");
        }
        session.mark(memberId, presence, clock.instant());
    }

    // --- the plan -------------------------------------------------------------------------------

    @Transactional
    public void changeMinutes(long sessionId, int position, Integer minutes) {
        ListeningSession session = editable(sessionId);
        ListeningStep.minutesProblem(minutes).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        session.changeMinutes(checked(session, position), minutes);
    }

    @Transactional
    public void skipStep(long sessionId, int position, boolean skipped) {
        ListeningSession session = editable(sessionId);
        session.skip(checked(session, position), skipped);
    }

    @Transactional
    public void moveStep(long sessionId, int position, boolean up) {
        ListeningSession session = editable(sessionId);
        session.move(checked(session, position), up);
    }

    /** Adds a step with a short name of its own (e.g. "Pauze"), after the given position. */
    @Transactional
    public void addStep(long sessionId, int afterPosition, String title, Integer minutes) {
        ListeningSession session = editable(sessionId);
        InvalidInputException.throwIfAny(ListeningStep.problemsOfExtra(title, minutes));
        session.add(ListeningStep.extra(title, minutes), afterPosition + 1);
    }

    /**
     * Puts prepared session material into a planned session's plan, in place of an earlier theme.
     * An empty list takes the theme out again. From then on its steps are this session's own.
     */
    @Transactional
    public void useTheme(long sessionId, String title, List<ThemeStep> themeSteps) {
        ListeningSession session = editable(sessionId);
        if (session.getStatus() != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        session.replaceTheme(themeSteps.stream()
                .map(step -> ListeningStep.theme(title, step.description(), step.minutes()))
                .toList());
    }

    // --- the run --------------------------------------------------------------------------------

    @Transactional
    public void start(long sessionId) {
        ListeningSession session = session(sessionId);
        groups.requireAccess(session.getGroupId());
        if (session.getStatus() != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        if (session.attendance().values().stream().noneMatch(p -> p == Presence.PRESENT)) {
            throw InvalidInputException.of("session", "error.nobody-present");
        }
        if (session.tasks().holders().isEmpty()) {
            suggestedTasks(sessionId)
                    .ifPresent(plan ->
                            session.assignTasks(plan.holder(SessionRole.HOST), plan.holder(SessionRole.TIME_KEEPER)));
        }
        session.start(clock.instant(), username());
    }

    /** Goes to a step; the step she leaves counts as run. */
    @Transactional
    public void goTo(long sessionId, int position) {
        ListeningSession session = running(sessionId);
        session.goTo(checked(session, position));
    }

    /** Ends the session; the step she was in counts as run. The reflection may come now or later. */
    @Transactional
    public void finish(long sessionId) {
        ListeningSession session = running(sessionId);
        session.finish(clock.instant());
    }

    /** After the session: which steps were really run. */
    @Transactional
    public void stepRan(long sessionId, int position, boolean ran) {
        ListeningSession session = done(sessionId);
        session.ran(checked(session, position), ran);
    }

    /** How it went, in one tap. Nothing else is kept. */
    @Transactional
    public void reflect(long sessionId, Reflection reflection) {
        ListeningSession session = done(sessionId);
        if (reflection == null) {
            throw InvalidInputException.of("reflection", "error.required");
        }
        session.reflect(reflection);
    }

    // --- internals ------------------------------------------------------------------------------

    private GroupPage listeningGroup(long groupId) {
        GroupPage page = groups.groupPage(groupId);
        if (page.details().type() != GroupType.LISTENING_GROUP) {
            throw InvalidInputException.of("group", "error.not-a-listening-group");
        }
        return page;
    }

    private List<Agreement> agreementsOf(long groupId) {
        return agreements.findByGroupIdOrderByPositionAscIdAsc(groupId);
    }

    private Agreement agreementOf(long groupId, long agreementId) {
        return agreements
                .findById(agreementId)
                .filter(a -> a.getGroupId() == groupId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private ListeningSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private ListeningSession editable(long sessionId) {
        ListeningSession session = session(sessionId);
        groups.requireAccess(session.getGroupId());
        if (session.getStatus() == ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        return session;
    }

    private ListeningSession running(long sessionId) {
        ListeningSession session = session(sessionId);
        groups.requireAccess(session.getGroupId());
        if (session.getStatus() != ListeningStatus.RUNNING) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
        return session;
    }

    private ListeningSession done(long sessionId) {
        ListeningSession session = session(sessionId);
        groups.requireAccess(session.getGroupId());
        if (session.getStatus() != ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-not-done");
        }
        return session;
    }

    private static int checked(ListeningSession session, int position) {
        if (position < 0 || position >= session.steps().size()) {
            throw new NotFoundOrNotAllowedException();
        }
        return position;
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
