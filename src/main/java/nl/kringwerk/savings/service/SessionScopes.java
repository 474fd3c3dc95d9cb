package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Attendance;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the savings services share: a session opened through the group's access gate, who is
 * here, the cycle's journal, who is signed in and the time of a booking.
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

    /** The session with its cycle and group, after the access gate of its group. */
    SessionScope of(long sessionId) {
        SavingsSession session = sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
        GroupFacts group = groups.groupFacts(session.getGroupId());
        Cycle cycle = cycles.findById(session.getCycleId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return new SessionScope(session, cycle, group);
    }

    List<Long> presentMembers(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .map(Attendance::getMemberId)
                .toList();
    }

    List<JournalEntry> journalOf(long cycleId) {
        return journal.findByCycleIdOrderById(cycleId);
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
