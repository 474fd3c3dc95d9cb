package nl.kringwerk.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.kringwerk.base.domain.Money;
import org.junit.jupiter.api.Test;

/**
 * Seeded random runs over the ledger rules. After every step: the running ledger equals a replay
 * of the whole journal, every reversal nets its original to zero, no entry appears twice, and the
 * box equals an independent count. The seed is printed with any failure; set -Dledger.seed to rerun.
 */
class LedgerInvariantTest {

    private static final int STEPS = 12_000;
    private static final long[] MEMBERS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    @Test
    void runningBalancesAlwaysEqualTheReplayOfTheJournal() {
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        Random random = new Random(seed);
        List<LedgerLine> journal = new ArrayList<>();
        Map<String, LedgerLine> byKey = new HashMap<>();
        Set<Long> reversed = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        Ledger running = new Ledger();
        long oracleBox = 0;
        Map<Long, Long> oracleSavings = new HashMap<>();
        long nextId = 1;
        int reversible = 0;

        for (int step = 0; step < STEPS; step++) {
            String context = "seed " + seed + ", step " + step;
            int action = random.nextInt(100);
            if (action < 10 && !byKey.isEmpty()) {
                // A double click: the same key again gives the same line and books nothing.
                String key = new ArrayList<>(byKey.keySet()).get(random.nextInt(byKey.size()));
                LedgerLine again = byKey.get(key);
                assertThatThrownBy(() -> running.apply(again)).as(context).isInstanceOf(IllegalStateException.class);
                continue;
            }
            LedgerLine line;
            if (action < 25 && reversible > 0) {
                LedgerLine original = pickReversible(journal, reversed, random);
                line = new LedgerLine(
                        nextId++,
                        EntryKind.REVERSAL,
                        original.memberId(),
                        original.amount().negate(),
                        original.id());
                reversed.add(original.id());
                reversible--;
            } else if (action < 35) {
                long difference = random.nextLong(-500, 501);
                line = new LedgerLine(
                        nextId++,
                        EntryKind.CASH_DIFFERENCE,
                        null,
                        Money.ofCents(difference == 0 ? 1 : difference),
                        null);
            } else if (action < 42) {
                line = new LedgerLine(nextId++, EntryKind.NO_SAVING, member(random), Money.ZERO, null);
            } else if (action < 50) {
                line = new LedgerLine(nextId++, EntryKind.SOCIAL_FUND, member(random), Money.ofCents(200), null);
            } else {
                line = new LedgerLine(
                        nextId++, EntryKind.DEPOSIT, member(random), Money.ofCents(random.nextLong(1, 25_001)), null);
            }
            running.apply(line);
            journal.add(line);
            if (line.kind() != EntryKind.REVERSAL) {
                reversible++;
            }
            byKey.put("key-" + line.id(), line);
            oracleBox += line.amount().cents();
            if (line.kind() == EntryKind.DEPOSIT
                    || line.kind() == EntryKind.NO_SAVING
                    || (line.kind() == EntryKind.REVERSAL && isSaving(journal, line.reversesEntryId()))) {
                oracleSavings.merge(line.memberId(), line.amount().cents(), Long::sum);
            }

            Ledger replay = Ledger.replay(journal);
            assertThat(running.box()).as(context).isEqualTo(replay.box()).isEqualTo(Money.ofCents(oracleBox));
            assertThat(running.savingsByMember()).as(context).isEqualTo(replay.savingsByMember());
            assertThat(running.socialFund()).as(context).isEqualTo(replay.socialFund());
            assertThat(running.box())
                    .as(context)
                    .isEqualTo(running.totalSavings().plus(running.socialFund()).plus(running.cashDifferences()));
            for (long member : MEMBERS) {
                assertThat(running.savingsOf(member).cents())
                        .as(context)
                        .isEqualTo(oracleSavings.getOrDefault(member, 0L));
            }
            if (line.kind() == EntryKind.REVERSAL) {
                LedgerLine original = running.line(line.reversesEntryId());
                assertThat(original.amount().plus(line.amount())).as(context).isEqualTo(Money.ZERO);
                assertThat(running.isReversed(original.id())).as(context).isTrue();
            }
            assertThat(ids.add(line.id())).as(context + ": entry appears twice").isTrue();
        }
    }

    @Test
    void aReversalMustCancelExactlyAndOnlyOnce() {
        Ledger ledger = new Ledger();
        ledger.apply(new LedgerLine(1, EntryKind.DEPOSIT, 1L, Money.euros(10), null));
        assertThatThrownBy(() -> ledger.apply(new LedgerLine(2, EntryKind.REVERSAL, 1L, Money.euros(-9), 1L)))
                .isInstanceOf(IllegalStateException.class);
        ledger.apply(new LedgerLine(3, EntryKind.REVERSAL, 1L, Money.euros(-10), 1L));
        assertThatThrownBy(() -> ledger.apply(new LedgerLine(4, EntryKind.REVERSAL, 1L, Money.euros(-10), 1L)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ledger.apply(new LedgerLine(5, EntryKind.REVERSAL, 1L, Money.euros(10), 3L)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledger.box()).isEqualTo(Money.ZERO);
        assertThat(ledger.savingsOf(1)).isEqualTo(Money.ZERO);
    }

    private static boolean isSaving(List<LedgerLine> journal, long id) {
        return journal.stream()
                .filter(l -> l.id() == id)
                .anyMatch(l -> l.kind() == EntryKind.DEPOSIT || l.kind() == EntryKind.NO_SAVING);
    }

    private static LedgerLine pickReversible(List<LedgerLine> journal, Set<Long> reversed, Random random) {
        while (true) {
            LedgerLine candidate = journal.get(random.nextInt(journal.size()));
            if (candidate.kind() != EntryKind.REVERSAL && !reversed.contains(candidate.id())) {
                return candidate;
            }
        }
    }

    private static long member(Random random) {
        return MEMBERS[random.nextInt(MEMBERS.length)];
    }
}
