package nl.kringwerk.passbook.domain;

import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import org.jspecify.annotations.Nullable;

/** The figures of a member's receipt, read from the cycle's journal like the passbook reads them. */
public final class Slips {

    private Slips() {}

    /** A journal line with the session it was booked at (null for lines outside a session). */
    public record SessionLine(@Nullable Long sessionId, LedgerLine line) {}

    /**
     * What she saved at this session: her deposits and "nothing this time" booked at it, net of the
     * corrections booked at it. A correction booked at a later session counts at that later one.
     */
    public static Money savedAt(List<SessionLine> journal, long sessionId, long memberId) {
        Ledger ledger = Ledger.replay(journal.stream().map(SessionLine::line).toList());
        Money saved = Money.ZERO;
        for (SessionLine s : journal) {
            LedgerLine line = s.line();
            EntryKind counted = ledger.accountedAs(line);
            Long owner = line.kind() == EntryKind.REVERSAL
                    ? ledger.line(line.reversesEntryId()).memberId()
                    : line.memberId();
            if (s.sessionId() != null
                    && s.sessionId() == sessionId
                    && Long.valueOf(memberId).equals(owner)
                    && (counted == EntryKind.DEPOSIT || counted == EntryKind.NO_SAVING)) {
                saved = saved.plus(line.amount());
            }
        }
        return saved;
    }

    /** Her savings in the cycle after everything booked so far: the ledger's own figure. */
    public static Money total(List<SessionLine> journal, long memberId) {
        return Ledger.replay(journal.stream().map(SessionLine::line).toList()).savingsOf(memberId);
    }
}
