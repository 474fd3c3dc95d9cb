package nl.kringwerk.savings.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The savings records that the features built on savings (loans, the share-out) may read, so that
 * the cycle, session, attendance and journal tables stay savings' own. Every method passes the
 * group's access gate first.
 */
@Service
public class SavingsFacts {

    private final GroupService groups;
    private final SessionScopes scopes;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final JournalEntryRepository journal;

    SavingsFacts(
            GroupService groups,
            SessionScopes scopes,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            JournalEntryRepository journal) {
        this.groups = groups;
        this.scopes = scopes;
        this.cycles = cycles;
        this.sessions = sessions;
        this.journal = journal;
    }

    /** The group's open cycle, if it has one. */
    @Transactional(readOnly = true)
    public Optional<CycleRecord> openCycle(long groupId) {
        groups.requireAccess(groupId);
        return cycles.findByGroupIdAndClosedOnIsNull(groupId).map(this::record);
    }

    /** The open cycle, or else the latest one; empty when the group never started one. */
    @Transactional(readOnly = true)
    public Optional<CycleRecord> latestCycle(long groupId) {
        groups.requireAccess(groupId);
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(this::record);
    }

    /** Every cycle of the group, the first first (e.g. for the group's own export). */
    @Transactional(readOnly = true)
    public List<CycleRecord> cycles(long groupId) {
        groups.requireAccess(groupId);
        List<Cycle> newestFirst = new ArrayList<>(cycles.findByGroupIdOrderByNumberDesc(groupId));
        Collections.reverse(newestFirst);
        return newestFirst.stream().map(this::record).toList();
    }

    @Transactional(readOnly = true)
    public CycleRecord cycle(long cycleId) {
        Cycle cycle = cycles.findById(cycleId).orElseThrow(NotFoundOrNotAllowedException::new);
        groups.requireAccess(cycle.getGroupId());
        return record(cycle);
    }

    /** A session with its cycle and who is here (marked present). */
    @Transactional(readOnly = true)
    public SessionRecord session(long sessionId) {
        SessionScope scope = scopes.of(sessionId);
        return new SessionRecord(scope.group, scope.session, record(scope.cycle), scopes.presentMembers(sessionId));
    }

    /** A session as it is read by the features built on savings. */
    public record SessionRecord(GroupFacts group, SavingsSession session, CycleRecord cycle, List<Long> present) {

        public SessionRecord {
            present = List.copyOf(present);
        }
    }

    private CycleRecord record(Cycle cycle) {
        return CycleRecord.of(
                cycle,
                sessions.findByCycleIdOrderByPlannedOn(cycle.getId()),
                journal.findByCycleIdOrderById(cycle.getId()));
    }
}
