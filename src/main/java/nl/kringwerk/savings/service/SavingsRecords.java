package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the group and its members read: the meeting as the table sees it, the cycle's journal (all
 * amounts are open to every member), the savings overview (spaaroverzicht) and one member's
 * passbook (spaarboekje). Nothing here writes.
 */
@Service
public class SavingsRecords {

    private final GroupService groups;
    private final SessionScopes scopes;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final AttendanceRepository attendance;

    SavingsRecords(
            GroupService groups,
            SessionScopes scopes,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            AttendanceRepository attendance) {
        this.groups = groups;
        this.scopes = scopes;
        this.cycles = cycles;
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @Transactional(readOnly = true)
    public MeetingState meeting(long sessionId) {
        return scopes.remembering(() -> {
            SessionScope c = scopes.of(sessionId);
            return scopes.meetingState(c, scopes.journalOf(c.cycle.getId()));
        });
    }

    /** Every entry of the group's current cycle, open to every member (transparency). */
    @Transactional(readOnly = true)
    public List<EntryLine> cycleJournal(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        return latestCycle(groupId)
                .map(cycle -> {
                    List<JournalEntry> entries = scopes.journalOf(cycle.getId());
                    Ledger ledger = Ledger.of(entries);
                    return entries.stream()
                            .map(e -> EntryLine.of(e, ledger, group))
                            .toList();
                })
                .orElse(List.of());
    }

    /** The spaaroverzicht of the current cycle. */
    @Transactional(readOnly = true)
    public SavingsOverview overview(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        Optional<Cycle> cycle = latestCycle(groupId);
        if (cycle.isEmpty()) {
            return new SavingsOverview(group.name(), List.of(), List.of(), Map.of(), Money.ZERO);
        }
        List<SessionLine> held = sessions
                .findByCycleIdOrderByPlannedOn(cycle.get().getId())
                .stream()
                .filter(x -> x.getStatus() != SessionStatus.PLANNED)
                .map(x -> new SessionLine(x.getId(), x.getPlannedOn(), x.getStatus()))
                .toList();
        List<JournalEntry> entries = scopes.journalOf(cycle.get().getId());
        Ledger ledger = Ledger.of(entries);
        Map<Long, Map<Long, Money>> cells = new HashMap<>();
        Map<Long, Money> sessionTotals = new HashMap<>();
        for (JournalEntry e : entries) {
            if (countsAsSaving(ledger, e) && e.getSessionId() != null) {
                cells.computeIfAbsent(e.getMemberId(), m -> new HashMap<>())
                        .merge(e.getSessionId(), e.amount(), Money::plus);
                sessionTotals.merge(e.getSessionId(), e.amount(), Money::plus);
            }
        }
        List<SavingsOverview.Row> rows = group.members().stream()
                .filter(m -> m.isActive() || cells.containsKey(m.id()))
                .map(m -> new SavingsOverview.Row(
                        m.id(), m.displayName(), cells.getOrDefault(m.id(), Map.of()), ledger.savingsOf(m.id())))
                .toList();
        return new SavingsOverview(group.name(), held, rows, sessionTotals, ledger.totalSavings());
    }

    /** One member's spaarboekje in the current cycle: her own savings and running total. */
    @Transactional(readOnly = true)
    public List<PassbookLine> passbook(long groupId, long memberId) {
        GroupFacts group = groups.groupFacts(groupId);
        if (group.members().stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
        Optional<Cycle> cycle = latestCycle(groupId);
        if (cycle.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> dates = sessions
                .findByCycleIdOrderByPlannedOn(cycle.get().getId())
                .stream()
                .collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn));
        List<JournalEntry> entries = scopes.journalOf(cycle.get().getId());
        Ledger ledger = Ledger.of(entries);
        List<PassbookLine> lines = new ArrayList<>();
        Money running = Money.ZERO;
        for (JournalEntry e : entries) {
            if (e.getMemberId() != null && e.getMemberId() == memberId && countsAsSaving(ledger, e)) {
                running = running.plus(e.amount());
                lines.add(new PassbookLine(
                        dates.get(e.getSessionId()), e.getKind(), e.amount(), e.getReason(), running, PaperMark.of(e)));
            }
        }
        return lines;
    }

    /** A deposit or a "nothing this time", or the reversal of one: what the savings columns show. */
    private static boolean countsAsSaving(Ledger ledger, JournalEntry e) {
        return SessionScopes.countsAsSaving(ledger, e);
    }

    private Optional<Cycle> latestCycle(long groupId) {
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream().findFirst();
    }
}
