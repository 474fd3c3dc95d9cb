package nl.kringwerk.practice.domain;

import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;

/**
 * The play money of a practice meeting (oefenbijeenkomst): a ledger in memory only, replayed by the
 * same rules as the real one. It has no id in any table and nothing writes it anywhere; throwing the
 * object away throws the practice away.
 */
public final class PracticeLedger {

    private final List<LedgerLine> lines = new ArrayList<>();
    private long nextId = 1;

    public void deposit(long memberId, Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A practice deposit is above zero");
        }
        lines.add(new LedgerLine(nextId++, EntryKind.DEPOSIT, memberId, amount, null));
    }

    /** A loan out of the box; refused when the box does not hold it. */
    public boolean lend(long memberId, Money amount) {
        if (!amount.isPositive() || amount.isGreaterThan(ledger().box())) {
            return false;
        }
        lines.add(new LedgerLine(nextId++, EntryKind.LOAN_OUT, memberId, amount.negate(), null, null, Money.ZERO));
        return true;
    }

    public Ledger ledger() {
        return Ledger.replay(lines);
    }

    public List<LedgerLine> lines() {
        return List.copyOf(lines);
    }

    /** What the counted box differs from what the ledger expects (zero: it matches). */
    public Money difference(Money counted) {
        return counted.minus(ledger().box());
    }
}
