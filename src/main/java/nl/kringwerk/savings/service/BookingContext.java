package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionRoles;

/**
 * What a booking rule outside the savings package may read while the session row is locked:
 * the group (already access-checked), the cycle with its sessions and journal, the session and
 * who is here. {@link #entry} starts an entry in this session, witnessed by today's counter and
 * bookkeeper.
 */
public record BookingContext(GroupFacts group, CycleRecord cycleRecord, SavingsSession session, List<Long> present) {

    public BookingContext {
        present = List.copyOf(present);
    }

    public JournalEntry.Builder entry(EntryKind kind, Money amount) {
        return JournalEntry.of(kind, amount)
                .in(group.id(), cycleId(), sessionId())
                .witnessedBy(roles().counter1(), roles().bookkeeper());
    }

    public boolean isPresent(long memberId) {
        return present.contains(memberId);
    }

    /** Loans and their repayments stop once the cycle shares out. */
    public void requireNotSharingOut() {
        cycleRecord.cycle().requireNotSharingOut();
    }

    public Cycle cycle() {
        return cycleRecord.cycle();
    }

    public long cycleId() {
        return cycleRecord.cycleId();
    }

    public CycleRules rules() {
        return cycle().rules();
    }

    public boolean sharingOut() {
        return cycle().isSharingOut();
    }

    public long sessionId() {
        return session.getId();
    }

    public LocalDate sessionDate() {
        return session.getPlannedOn();
    }

    public SessionRoles roles() {
        return session.roles();
    }

    public List<JournalEntry> journal() {
        return cycleRecord.journal();
    }

    public Ledger ledger() {
        return cycleRecord.ledger();
    }
}
