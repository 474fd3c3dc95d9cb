package nl.kringwerk.savings.service;

import java.time.Instant;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;

/** One journal line as the group reads it, with names instead of ids. */
public record EntryLine(
        long id,
        Long sessionId,
        EntryKind kind,
        Long memberId,
        String memberName,
        Money amount,
        Long reversesEntryId,
        boolean reversed,
        String reason,
        String countedBy,
        String recordedBy,
        String bookedBy,
        Instant bookedAt) {

    static EntryLine of(JournalEntry e, Ledger ledger, GroupFacts group) {
        return new EntryLine(
                e.getId(),
                e.getSessionId(),
                e.getKind(),
                e.getMemberId(),
                e.getMemberId() == null ? null : group.nameOf(e.getMemberId()),
                e.amount(),
                e.getReversesEntryId(),
                ledger.isReversed(e.getId()),
                e.getReason(),
                e.getCountedBy() == null ? null : group.nameOf(e.getCountedBy()),
                e.getRecordedBy() == null ? null : group.nameOf(e.getRecordedBy()),
                e.getBookedBy(),
                e.getBookedAt());
    }
}
