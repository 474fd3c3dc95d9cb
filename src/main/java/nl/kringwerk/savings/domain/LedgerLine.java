package nl.kringwerk.savings.domain;

import nl.kringwerk.base.domain.Money;

/** What replaying the journal needs of one entry. */
public record LedgerLine(long id, EntryKind kind, Long memberId, Money amount, Long reversesEntryId) {
}
