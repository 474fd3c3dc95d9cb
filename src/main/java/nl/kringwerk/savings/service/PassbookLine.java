package nl.kringwerk.savings.service;

import java.time.LocalDate;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import org.jspecify.annotations.Nullable;

/** One line of a member's spaarboekje, with her running total after it. */
public record PassbookLine(
        LocalDate date,
        EntryKind kind,
        Money amount,
        @Nullable String reason,
        Money runningTotal,
        @Nullable PaperMark paperMark) {

    /** A line counted live. */
    public PassbookLine(LocalDate date, EntryKind kind, Money amount, @Nullable String reason, Money runningTotal) {
        this(date, kind, amount, reason, runningTotal, null);
    }
}
