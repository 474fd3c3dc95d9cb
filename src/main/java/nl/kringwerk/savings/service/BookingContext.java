package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SessionRoles;

/**
 * What a booking rule outside the savings package may read while the session row is locked:
 * the group (already access-checked), the cycle, the session and the journal replayed so far.
 * {@link #entry} starts an entry in this session, witnessed by today's counter and bookkeeper.
 */
public record BookingContext(
        GroupFacts group,
        long cycleId,
        CycleRules rules,
        boolean sharingOut,
        long sessionId,
        LocalDate sessionDate,
        SessionRoles roles,
        List<Long> present,
        List<JournalEntry> journal,
        Ledger ledger) {

    public JournalEntry.Builder entry(EntryKind kind, Money amount) {
        return JournalEntry.of(kind, amount)
                .in(group.id(), cycleId, sessionId)
                .witnessedBy(roles.counter1(), roles.bookkeeper());
    }

    public boolean isPresent(long memberId) {
        return present.contains(memberId);
    }
}
