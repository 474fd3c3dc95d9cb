package nl.kringwerk.savings.domain;

import nl.kringwerk.base.domain.Money;

/**
 * What replaying the journal needs of one entry.
 *
 * @param interest the interest part of a loan repayment or settlement, zero otherwise
 */
public record LedgerLine(
        long id, EntryKind kind, Long memberId, Money amount, Long reversesEntryId, Long loanId, Money interest) {

    public LedgerLine(long id, EntryKind kind, Long memberId, Money amount, Long reversesEntryId) {
        this(id, kind, memberId, amount, reversesEntryId, null, Money.ZERO);
    }
}
