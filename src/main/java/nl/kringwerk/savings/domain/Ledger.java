package nl.kringwerk.savings.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringwerk.base.domain.Money;

/**
 * The balances of a cycle, derived only by replaying its journal in order. Nothing is stored that
 * cannot be recomputed from the entries: that is what makes the ledger checkable by anyone.
 */
public final class Ledger {

    private final Map<Long, LedgerLine> byId = new HashMap<>();
    private final Map<Long, Money> savingsByMember = new HashMap<>();
    private final Set<Long> reversed = new HashSet<>();
    private Money box = Money.ZERO;
    private Money socialFund = Money.ZERO;
    private Money cashDifferences = Money.ZERO;
    private Money loansOutstanding = Money.ZERO;
    private Money interestEarned = Money.ZERO;
    private final Map<Long, Money> paidOutByMember = new HashMap<>();

    public static Ledger replay(List<LedgerLine> lines) {
        Ledger ledger = new Ledger();
        lines.forEach(ledger::apply);
        return ledger;
    }

    /** The ledger of these journal entries, in journal order. */
    public static Ledger of(List<JournalEntry> entries) {
        return replay(entries.stream().map(JournalEntry::line).toList());
    }

    /** A reversal counts as the kind of money it cancels; every other entry as itself. */
    public EntryKind accountedAs(LedgerLine line) {
        return line.kind() == EntryKind.REVERSAL
                ? byId.get(line.reversesEntryId()).kind()
                : line.kind();
    }

    /** Adds one entry. A reversal must point at an earlier, not yet reversed, non-reversal entry. */
    public void apply(LedgerLine line) {
        if (byId.containsKey(line.id())) {
            throw new IllegalStateException("Entry " + line.id() + " appears twice");
        }
        if (line.kind() == EntryKind.REVERSAL) {
            LedgerLine original = byId.get(line.reversesEntryId());
            if (original == null || original.kind() == EntryKind.REVERSAL || reversed.contains(original.id())) {
                throw new IllegalStateException("Entry " + line.id() + " cannot reverse " + line.reversesEntryId());
            }
            if (!line.amount().equals(original.amount().negate())) {
                throw new IllegalStateException("A reversal must cancel the original amount exactly");
            }
            reversed.add(original.id());
        }
        account(
                accountedAs(line),
                line.kind() == EntryKind.REVERSAL
                        ? byId.get(line.reversesEntryId()).memberId()
                        : line.memberId(),
                line.amount(),
                line.interest());
        byId.put(line.id(), line);
        box = box.plus(line.amount());
    }

    /**
     * Every cent lands in exactly one account, so that always
     * {@code box = savings + social fund + cash differences + interest - loans outstanding - paid out}.
     */
    private void account(EntryKind kind, Long memberId, Money amount, Money interest) {
        switch (kind) {
            case DEPOSIT, NO_SAVING -> savingsByMember.merge(memberId, amount, Money::plus);
            case SOCIAL_FUND, SOCIAL_FUND_OUT, SOCIAL_FUND_IN -> socialFund = socialFund.plus(amount);
            case CASH_DIFFERENCE -> cashDifferences = cashDifferences.plus(amount);
            case LOAN_OUT -> loansOutstanding = loansOutstanding.minus(amount);
            case LOAN_REPAYMENT, LOAN_SETTLED -> {
                interestEarned = interestEarned.plus(interest);
                loansOutstanding = loansOutstanding.minus(amount.minus(interest));
            }
            case PAYOUT -> paidOutByMember.merge(memberId, amount.negate(), Money::plus);
            case REVERSAL -> throw new IllegalStateException("A reversal is accounted as its original");
        }
    }

    /** Principal lent out and not yet paid back or settled. */
    public Money loansOutstanding() {
        return loansOutstanding;
    }

    /** Interest paid on loans: what the group earned. */
    public Money interestEarned() {
        return interestEarned;
    }

    public Money paidOut() {
        return paidOutByMember.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** Her pot was opened at the share-out (and that payout was not reversed). */
    public boolean wasPaidOut(long memberId) {
        return byId.values().stream()
                .anyMatch(l -> l.kind() == EntryKind.PAYOUT
                        && Long.valueOf(memberId).equals(l.memberId())
                        && !reversed.contains(l.id()));
    }

    /** Cash that should be in the box. */
    public Money box() {
        return box;
    }

    public Money socialFund() {
        return socialFund;
    }

    public Money cashDifferences() {
        return cashDifferences;
    }

    public Money savingsOf(long memberId) {
        return savingsByMember.getOrDefault(memberId, Money.ZERO);
    }

    public Map<Long, Money> savingsByMember() {
        return Collections.unmodifiableMap(savingsByMember);
    }

    public Money totalSavings() {
        return savingsByMember.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public boolean isReversed(long entryId) {
        return reversed.contains(entryId);
    }

    public boolean contains(long entryId) {
        return byId.containsKey(entryId);
    }

    public LedgerLine line(long entryId) {
        return byId.get(entryId);
    }
}
