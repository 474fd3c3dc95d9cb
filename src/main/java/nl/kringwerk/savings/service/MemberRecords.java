package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.groups.service.MemberPassAccess;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member reads with her personal code (no account): her group's current cycle, read-only,
 * as the group reads it at the table. Every method passes {@link MemberPassAccess} first, so a pass
 * of a member who left, or of a group that ended, opens nothing; a pass never opens another group.
 */
@Service
public class MemberRecords {

    private final MemberPassAccess access;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final JournalEntryRepository journal;

    MemberRecords(
            MemberPassAccess access,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            JournalEntryRepository journal) {
        this.access = access;
        this.cycles = cycles;
        this.sessions = sessions;
        this.journal = journal;
    }

    /** Her group's current cycle as a whole, or empty when the group never started one. */
    @Transactional(readOnly = true)
    public Optional<MemberCycle> cycle(MemberPass pass) {
        GroupFacts group = access.facts(pass);
        Optional<Cycle> latest =
                cycles.findByGroupIdOrderByNumberDesc(pass.groupId()).stream().findFirst();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CycleRecord record = CycleRecord.of(
                latest.get(),
                sessions.findByCycleIdOrderByPlannedOn(latest.get().getId()),
                journal.findByCycleIdOrderById(latest.get().getId()));
        return Optional.of(new MemberCycle(
                pass.memberId(),
                group,
                record,
                passbook(record, pass.memberId()),
                record.journal().stream()
                        .map(e -> EntryLine.of(e, record.ledger(), group))
                        .toList()));
    }

    /**
     * Her cycle with the passbook and the group's ledger: both from the same journal.
     *
     * @param memberId whose passbook it is
     * @param passbook her own savings lines with the running total
     * @param journal  every entry of the cycle as the group sees it at the table
     */
    public record MemberCycle(
            long memberId, GroupFacts group, CycleRecord record, List<PassbookLine> passbook, List<EntryLine> journal) {

        public MemberCycle {
            passbook = List.copyOf(passbook);
            journal = List.copyOf(journal);
        }

        public Money savings() {
            return record.ledger().savingsOf(memberId());
        }
    }

    private static List<PassbookLine> passbook(CycleRecord record, long memberId) {
        Map<Long, LocalDate> dates = record.sessionDates();
        Ledger ledger = record.ledger();
        List<PassbookLine> lines = new ArrayList<>();
        Money running = Money.ZERO;
        for (JournalEntry e : record.journal()) {
            EntryKind counted = ledger.accountedAs(e.line());
            boolean saving = counted == EntryKind.DEPOSIT || counted == EntryKind.NO_SAVING;
            if (saving && e.getMemberId() != null && e.getMemberId() == memberId) {
                running = running.plus(e.amount());
                lines.add(new PassbookLine(
                        dates.get(e.getSessionId()), e.getKind(), e.amount(), e.getReason(), running, PaperMark.of(e)));
            }
        }
        return lines;
    }
}
