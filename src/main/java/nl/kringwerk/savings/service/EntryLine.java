package nl.kringwerk.savings.service;

import java.time.Instant;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import org.jspecify.annotations.Nullable;

/** One journal line as the group reads it, with names instead of ids. */
public record EntryLine(
        long id,
        @Nullable Long sessionId,
        EntryKind kind,
        @Nullable Long memberId,
        @Nullable String memberName,
        Money amount,
        @Nullable Long reversesEntryId,
        boolean reversed,
        @Nullable String reason,
        @Nullable String countedBy,
        @Nullable String recordedBy,
        String bookedBy,
        Instant bookedAt,
        @Nullable PaperMark paperMark) {

    /** A live entry. */
    public EntryLine(
            long id,
            @Nullable Long sessionId,
            EntryKind kind,
            @Nullable Long memberId,
            @Nullable String memberName,
            Money amount,
            @Nullable Long reversesEntryId,
            boolean reversed,
            @Nullable String reason,
            @Nullable String countedBy,
            @Nullable String recordedBy,
            String bookedBy,
            Instant bookedAt) {
        this(
                id,
                sessionId,
                kind,
                memberId,
                memberName,
                amount,
                reversesEntryId,
                reversed,
                reason,
                countedBy,
                recordedBy,
                bookedBy,
                bookedAt,
                null);
    }

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
                e.getBookedAt(),
                PaperMark.of(e));
    }
}
