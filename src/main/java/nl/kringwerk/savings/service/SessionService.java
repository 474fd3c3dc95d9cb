package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.savings.domain.Attendance;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A savings session from the attendance list to the box count: who is here and signed, opening
 * with today's tasks, and closing when the counted box equals the ledger.
 */
@Service
public class SessionService {

    private final SessionScopes scopes;
    private final SavingsSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final Clock clock;
    private final List<SessionGuard> guards;

    SessionService(
            SessionScopes scopes,
            SavingsSessionRepository sessions,
            AttendanceRepository attendance,
            Clock clock,
            List<SessionGuard> guards) {
        this.scopes = scopes;
        this.sessions = sessions;
        this.attendance = attendance;
        this.clock = clock;
        this.guards = List.copyOf(guards);
    }

    @Transactional
    public void markAttendance(long sessionId, long memberId, @Nullable AttendanceStatus status) {
        SessionScope c = scopes.of(sessionId);
        c.requireNotClosed();
        if (!c.group.hasActiveMember(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        if (status == null) {
            throw InvalidInputException.of("status", "error.required");
        }
        if (status != AttendanceStatus.PRESENT
                && c.session.isOpen()
                && c.session.roles().includes(memberId)) {
            throw InvalidInputException.of("member", "error.member-has-role");
        }
        Optional<Attendance> line = attendance.findBySessionIdAndMemberId(sessionId, memberId);
        if (status != AttendanceStatus.PRESENT
                && line.map(a -> a.getStatus() == AttendanceStatus.PRESENT).orElse(false)) {
            guards.forEach(g -> g.beforeLeaving(sessionId, memberId));
        }
        Instant now = clock.instant();
        String username = scopes.username();
        line.ifPresentOrElse(
                a -> a.mark(status, now, username),
                () -> attendance.save(new Attendance(sessionId, memberId, status, now, username)));
    }

    /**
     * "Iedereen is er": every member not yet on the presentielijst is marked present in one step. A
     * choice already made (absent, excused) stays; it can still be changed one by one afterwards.
     */
    @Transactional
    public void markOthersPresent(long sessionId) {
        SessionScope c = scopes.of(sessionId);
        c.requireNotClosed();
        Set<Long> marked = attendance.findBySessionId(sessionId).stream()
                .map(Attendance::getMemberId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        String username = scopes.username();
        c.group.members().stream()
                .filter(MemberRow::isActive)
                .filter(m -> !marked.contains(m.id()))
                .forEach(m ->
                        attendance.save(new Attendance(sessionId, m.id(), AttendanceStatus.PRESENT, now, username)));
    }

    /** The member ticks the presentielijst: her signature for this session. */
    @Transactional
    public void sign(long sessionId, long memberId) {
        SessionScope c = scopes.of(sessionId);
        c.requireNotClosed();
        Attendance line = attendance
                .findBySessionIdAndMemberId(sessionId, memberId)
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .orElseThrow(() -> InvalidInputException.of("member", "error.member-not-present"));
        line.sign(clock.instant());
    }

    @Transactional
    public void openSession(long sessionId, SessionRoles roles) {
        SessionScope c = scopes.of(sessionId);
        c.requireCycleOpen();
        if (c.session.getStatus() != SessionStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        boolean anotherOpen = sessions.findFirstByCycleIdAndStatusOrderByPlannedOnDesc(
                        c.cycle.getId(), SessionStatus.OPEN)
                .isPresent();
        if (anotherOpen) {
            throw InvalidInputException.of("session", "error.other-session-open");
        }
        InvalidInputException.throwIfAny(roles.problems(scopes.presentMembers(sessionId)));
        c.session.open(roles, clock.instant(), scopes.username());
    }

    /** Closes the session when the counted box equals the ledger. Closing twice is harmless. */
    @Transactional
    public void closeSession(long sessionId, String countedText) {
        SessionScope c = scopes.of(sessionId);
        if (c.session.getStatus() == SessionStatus.CLOSED) {
            return;
        }
        c.requireOpenSession();
        guards.forEach(g -> g.beforeClose(sessionId));
        Money counted;
        try {
            counted = Money.parse(countedText);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("counted", e.problems().get(0).messageKey());
        }
        Money expected = scopes.ledgerOf(c.cycle.getId()).box();
        if (!counted.equals(expected)) {
            throw InvalidInputException.of(
                    "counted",
                    "error.cash-difference-unexplained",
                    counted.minus(expected).format());
        }
        c.session.close(counted, expected, clock.instant(), scopes.username());
    }
}
