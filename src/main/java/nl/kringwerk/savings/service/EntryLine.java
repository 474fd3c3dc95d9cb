package nl.kringwerk.savings.service;

import java.time.Instant;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;

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
        Instant bookedAt) {}
