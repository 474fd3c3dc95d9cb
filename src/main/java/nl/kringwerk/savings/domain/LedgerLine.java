package nl.kringwerk.savings.domain;

import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What replaying the journal needs of one entry.
 *
 * @param interest the interest part of a loan repayment or settlement, zero otherwise
 */
public record LedgerLine(
        long id,
        EntryKind kind,
        @Nullable Long memberId,
        Money amount,
        @Nullable Long reversesEntryId,
        @Nullable Long loanId,
        Money interest) {

    public LedgerLine(long id, EntryKind kind, @Nullable Long memberId, Money amount, @Nullable Long reversesEntryId) {
        this(id, kind, memberId, amount, reversesEntryId, null, Money.ZERO);
    }
}
