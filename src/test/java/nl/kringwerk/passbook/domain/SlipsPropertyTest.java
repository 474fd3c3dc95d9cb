package nl.kringwerk.passbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import org.junit.jupiter.api.Test;

/**
 * The receipts' figures over 5,000 random cycles (deposits, "nothing this time", social fund, loans,
 * corrections at the same or a later session): what the slips say she saved at each session adds up to
 * the ledger's total for her, and every slip's total is the ledger's.
 */
class SlipsPropertyTest {

    @Test
    void theSlipsAddUpToTheLedger() {
        Random random = new Random(27);
        for (int round = 0; round < 5000; round++) {
            int sessions = 1 + random.nextInt(20);
            List<Slips.SessionLine> journal = new ArrayList<>();
            List<LedgerLine> reversible = new ArrayList<>();
            long id = 1;
            for (long session = 1; session <= sessions; session++) {
                for (long member = 1; member <= 6; member++) {
                    int r = random.nextInt(10);
                    LedgerLine line = r == 0
                            ? new LedgerLine(id++, EntryKind.NO_SAVING, member, Money.ZERO, null)
                            : r == 1
                                    ? new LedgerLine(id++, EntryKind.SOCIAL_FUND, member, Money.ofCents(200), null)
                                    : new LedgerLine(
                                            id++,
                                            EntryKind.DEPOSIT,
                                            member,
                                            Money.ofCents(1 + random.nextInt(10_000)),
                                            null);
                    journal.add(new Slips.SessionLine(session, line));
                    reversible.add(line);
                }
                // A correction of any earlier line, booked at this session.
                if (random.nextInt(3) == 0 && !reversible.isEmpty()) {
                    LedgerLine original = reversible.remove(random.nextInt(reversible.size()));
                    journal.add(new Slips.SessionLine(
                            session,
                            new LedgerLine(
                                    id++,
                                    EntryKind.REVERSAL,
                                    null,
                                    original.amount().negate(),
                                    original.id())));
                }
            }
            Ledger ledger =
                    Ledger.replay(journal.stream().map(Slips.SessionLine::line).toList());
            for (long member = 1; member <= 6; member++) {
                Money added = Money.ZERO;
                for (long session = 1; session <= sessions; session++) {
                    added = added.plus(Slips.savedAt(journal, session, member));
                }
                assertThat(added).isEqualTo(ledger.savingsOf(member));
                assertThat(Slips.total(journal, member)).isEqualTo(ledger.savingsOf(member));
            }
        }
    }
}
