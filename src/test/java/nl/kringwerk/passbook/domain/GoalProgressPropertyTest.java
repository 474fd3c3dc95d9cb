package nl.kringwerk.passbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import nl.kringwerk.savings.domain.SessionStatus;
import org.junit.jupiter.api.Test;

/**
 * "Needed per session" over 5,000 random cycles: saving that amount at every session left makes the
 * ledger reach the goal by the share-out, and one cent less at each does not.
 */
class GoalProgressPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void neededPerSessionAgreesWithTheLedger() {
        Random random = new Random(20);
        for (int round = 0; round < 5000; round++) {
            Cycle c = randomCycle(random);
            long her = 1 + random.nextInt(5);
            Money goal = Money.ofCents(100 + random.nextInt(200_000));
            Ledger ledger = Ledger.replay(c.lines);
            Money saved = ledger.savingsOf(her);
            Set<Long> herTurns = new HashSet<>();
            for (int i = 0; i < c.lines.size(); i++) {
                LedgerLine l = c.lines.get(i);
                if (l.kind() == EntryKind.DEPOSIT && Long.valueOf(her).equals(l.memberId())) {
                    herTurns.add(c.sessionOf.get(i));
                }
            }
            int left = GoalProgress.sessionsLeft(c.slots, herTurns, TODAY, false);
            assertThat(left).isEqualTo(expectedLeft(c.slots, herTurns));
            GoalProgress progress = GoalProgress.of(goal, saved, left);

            assertThat(progress.toGo()).isEqualTo(goal.minus(saved).max(Money.ZERO));
            if (progress.reached()) {
                assertThat(saved.compareTo(goal)).isGreaterThanOrEqualTo(0);
                assertThat(progress.neededPerSession()).isEqualTo(Money.ZERO);
                assertThat(progress.percent()).isEqualTo(100);
            } else if (left == 0) {
                assertThat(progress.neededPerSession()).isNull();
            } else {
                Money needed = progress.neededPerSession();
                assertThat(savedAfter(c, her, needed, left)).isGreaterThanOrEqualTo(goal);
                assertThat(savedAfter(c, her, needed.minus(Money.ofCents(1)), left))
                        .isLessThan(goal);
                assertThat(progress.percent()).isBetween(0, 99);
            }
        }
    }

    @Test
    void noSessionIsLeftOnceTheShareOutBegan() {
        List<GoalProgress.Slot> slots = List.of(new GoalProgress.Slot(1, TODAY.plusDays(7), SessionStatus.PLANNED));
        assertThat(GoalProgress.sessionsLeft(slots, Set.of(), TODAY, true)).isZero();
        assertThat(GoalProgress.sessionsLeft(slots, Set.of(), TODAY, false)).isEqualTo(1);
    }

    /** Her savings in the ledger after she saves {@code each} at every one of the sessions left. */
    private static Money savedAfter(Cycle c, long her, Money each, int left) {
        List<LedgerLine> lines = new ArrayList<>(c.lines);
        long id = 1_000_000;
        for (int i = 0; i < left; i++) {
            if (each.isPositive()) {
                lines.add(new LedgerLine(id++, EntryKind.DEPOSIT, her, each, null));
            }
        }
        return Ledger.replay(lines).savingsOf(her);
    }

    private static long expectedLeft(List<GoalProgress.Slot> slots, Set<Long> herTurns) {
        long left = 0;
        for (GoalProgress.Slot s : slots) {
            boolean planned = s.status() == SessionStatus.PLANNED && !s.date().isBefore(TODAY);
            boolean openWithoutHerTurn = s.status() == SessionStatus.OPEN && !herTurns.contains(s.sessionId());
            if (planned || openWithoutHerTurn) {
                left++;
            }
        }
        return left;
    }

    private record Cycle(List<GoalProgress.Slot> slots, List<LedgerLine> lines, List<Long> sessionOf) {}

    /**
     * Sessions a week apart around today: the past ones closed (a few cancelled, a few never held),
     * perhaps one open today, the rest planned; deposits of five members in the held ones, some
     * corrected by a reversal.
     */
    private static Cycle randomCycle(Random random) {
        int count = 1 + random.nextInt(26);
        int past = random.nextInt(count + 1);
        boolean openToday = random.nextBoolean() && past < count;
        List<GoalProgress.Slot> slots = new ArrayList<>();
        List<LedgerLine> lines = new ArrayList<>();
        List<Long> sessionOf = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < count; i++) {
            long sessionId = 100 + i;
            LocalDate date = TODAY.plusWeeks(i - past);
            SessionStatus status;
            if (i < past) {
                int r = random.nextInt(10);
                status = r == 0 ? SessionStatus.CANCELLED : r == 1 ? SessionStatus.PLANNED : SessionStatus.CLOSED;
            } else if (i == past && openToday) {
                status = SessionStatus.OPEN;
            } else {
                status = random.nextInt(12) == 0 ? SessionStatus.CANCELLED : SessionStatus.PLANNED;
            }
            slots.add(new GoalProgress.Slot(sessionId, date, status));
            if (status == SessionStatus.CLOSED || status == SessionStatus.OPEN) {
                for (long member = 1; member <= 5; member++) {
                    if (status == SessionStatus.OPEN && random.nextBoolean()) {
                        continue; // not her turn yet
                    }
                    Money amount = Money.ofCents(random.nextInt(5_000) + 1);
                    long depositId = id++;
                    lines.add(new LedgerLine(depositId, EntryKind.DEPOSIT, member, amount, null));
                    sessionOf.add(sessionId);
                    if (random.nextInt(15) == 0) {
                        lines.add(new LedgerLine(id++, EntryKind.REVERSAL, member, amount.negate(), depositId));
                        sessionOf.add(sessionId);
                    }
                }
            }
        }
        return new Cycle(slots, lines, sessionOf);
    }
}
