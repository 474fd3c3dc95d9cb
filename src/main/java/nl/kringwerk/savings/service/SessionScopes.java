package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Attendance;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the savings services share: a session opened through the group's access gate, who is
 * here, the cycle's journal, who is signed in and the time of a booking. Inside
 * {@link #remembering} each of these is read once (issue 22: a booking reads the session, the
 * group, the attendance and the cycle's journal once, for its rules, its answer and the meeting
 * state it hands to the screens).
 */
@Component
class SessionScopes {

    private final GroupService groups;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final JournalEntryRepository journal;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionScopes(
            GroupService groups,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            AttendanceRepository attendance,
            JournalEntryRepository journal,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.cycles = cycles;
        this.sessions = sessions;
        this.attendance = attendance;
        this.journal = journal;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What one {@link #remembering} call has read so far. */
    private static final class Reads {
        final Map<Long, SessionScope> scopes = new HashMap<>();
        final Map<Long, List<Attendance>> attendance = new HashMap<>();
        final Map<Long, List<JournalEntry>> journals = new HashMap<>();
    }

    private static final ThreadLocal<Reads> READS = new ThreadLocal<>();

    /**
     * Runs {@code work} reading each session, attendance list and journal at most once (the first
     * read is kept until {@code work} ends). For work that does not write what it has read, or that
     * writes only at its very end (a booking: its own entries are added by the caller).
     */
    <T> T remembering(Supplier<T> work) {
        if (READS.get() != null) {
            return work.get();
        }
        READS.set(new Reads());
        try {
            return work.get();
        } finally {
            READS.remove();
        }
    }

    /** The session with its cycle and group, after the access gate of its group. */
    SessionScope of(long sessionId) {
        Reads reads = READS.get();
        if (reads != null && reads.scopes.containsKey(sessionId)) {
            return reads.scopes.get(sessionId);
        }
        SavingsSession session = sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
        GroupFacts group = groups.groupFacts(session.getGroupId());
        Cycle cycle = cycles.findById(session.getCycleId()).orElseThrow(NotFoundOrNotAllowedException::new);
        SessionScope scope = new SessionScope(session, cycle, group);
        if (reads != null) {
            reads.scopes.put(sessionId, scope);
        }
        return scope;
    }

    List<Attendance> attendanceOf(long sessionId) {
        Reads reads = READS.get();
        return reads == null
                ? attendance.findBySessionId(sessionId)
                : reads.attendance.computeIfAbsent(sessionId, attendance::findBySessionId);
    }

    List<Long> presentMembers(long sessionId) {
        return attendanceOf(sessionId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .map(Attendance::getMemberId)
                .toList();
    }

    List<JournalEntry> journalOf(long cycleId) {
        Reads reads = READS.get();
        return reads == null
                ? journal.findByCycleIdOrderById(cycleId)
                : reads.journals.computeIfAbsent(cycleId, journal::findByCycleIdOrderById);
    }

    /** The meeting as its screens show it, from what was read (and what was booked since). */
    MeetingState meetingState(SessionScope c, List<JournalEntry> cycleEntries) {
        long sessionId = c.sessionId();
        Map<Long, Attendance> marks = attendanceOf(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getMemberId, Function.identity()));
        List<AttendanceLine> lines = c.group.members().stream()
                .filter(m -> m.isActive() || marks.containsKey(m.id()))
                .map(m -> {
                    Attendance a = marks.get(m.id());
                    return new AttendanceLine(
                            m.id(), m.displayName(), a == null ? null : a.getStatus(), a != null && a.isSigned());
                })
                .sorted(Comparator.comparing(AttendanceLine::name))
                .toList();
        Ledger ledger = Ledger.of(cycleEntries);
        List<JournalEntry> todays = cycleEntries.stream()
                .filter(e -> e.getSessionId() != null && e.getSessionId() == sessionId)
                .toList();
        return new MeetingState(
                sessionId,
                c.group.id(),
                c.group.name(),
                c.cycle.getNumber(),
                c.session.getPlannedOn(),
                c.session.getStatus(),
                c.cycle.isOpen(),
                c.cycle.isSharingOut(),
                c.session.roles(),
                lines,
                todays.stream().map(e -> EntryLine.of(e, ledger, c.group)).toList(),
                todays.stream().map(JournalEntry::amount).reduce(Money.ZERO, Money::plus),
                todays.stream()
                        .filter(e -> countsAsSaving(ledger, e))
                        .map(JournalEntry::amount)
                        .reduce(Money.ZERO, Money::plus),
                ledger.box(),
                c.cycle.rules().socialFundPerSession(),
                c.cycle.rules().maxDeposit(),
                c.session.countedCash(),
                c.group.screenLanguages(),
                todays.stream().mapToLong(JournalEntry::getId).max().orElse(0));
    }

    /** The cycle's journal as read in this {@link #remembering} call, with these entries added. */
    List<JournalEntry> journalWith(long cycleId, List<JournalEntry> added) {
        List<JournalEntry> all = new ArrayList<>(journalOf(cycleId));
        all.addAll(added);
        return all;
    }

    static boolean countsAsSaving(Ledger ledger, JournalEntry e) {
        EntryKind counted = ledger.accountedAs(e.line());
        return counted == EntryKind.DEPOSIT || counted == EntryKind.NO_SAVING;
    }

    Ledger ledgerOf(long cycleId) {
        return Ledger.of(journalOf(cycleId));
    }

    String username() {
        return currentUser.require().getUsername();
    }

    Clock clock() {
        return clock;
    }

    /** MariaDB keeps microseconds: a retry must read back exactly what the first answer said. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
