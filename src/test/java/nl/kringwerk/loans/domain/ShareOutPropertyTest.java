package nl.kringwerk.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.InterestShare;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random cycles (3-12 members, 4-30 sessions, deposits, corrections, a social fund,
 * loans with and without interest, partial repayments, now and then a cash difference), each shared
 * out under both rules and then paid out through the ledger. The seed is printed so a failure can
 * be replayed.
 */
class ShareOutPropertyTest {

    private static final int RUNS = 10_000;

    @Test
    void payoutsAreExactAndFairInRandomCycles() {
        long seed = Long.getLong("kringwerk.seed", System.nanoTime());
        System.out.println("ShareOutPropertyTest seed " + seed + " (rerun with -Dkringwerk.seed=" + seed + ")");
        for (int run = 0; run < RUNS; run++) {
            Cycle cycle = new Cycle(new Random(seed + run));
            cycle.play();
            for (InterestShare basis : InterestShare.values()) {
                cycle.checkShareOut(basis, "seed " + seed + " run " + run + " " + basis);
            }
        }
    }

    /** One random cycle, booked line by line into a ledger, with its loans tracked on the side. */
    private static final class Cycle {
        private final Random random;
        private final int members;
        private final int sessions;
        private final long socialFundCents;
        private final boolean differences;
        private final Ledger ledger = new Ledger();
        private final List<LedgerLine> lines = new ArrayList<>();
        private final List<ShareOut.Deposit> deposits = new ArrayList<>();
        private final Map<Long, Long> owedByLoan = new HashMap<>();
        private final Map<Long, Long> interestDueByLoan = new HashMap<>();
        private final Map<Long, Long> borrowerOf = new HashMap<>();
        private long nextId = 1;
        private long nextLoan = 1;

        Cycle(Random random) {
            this.random = random;
            this.members = 3 + random.nextInt(10);
            this.sessions = 4 + random.nextInt(27);
            this.socialFundCents = random.nextBoolean() ? 0 : 50 + random.nextInt(200);
            this.differences = random.nextInt(4) == 0;
        }

        void play() {
            for (int s = 1; s <= sessions; s++) {
                for (long m = 1; m <= members; m++) {
                    int roll = random.nextInt(10);
                    if (roll == 0) {
                        book(EntryKind.NO_SAVING, m, 0, null, 0);
                        continue;
                    }
                    long cents = (1 + random.nextInt(40)) * (random.nextBoolean() ? 100 : 50) + random.nextInt(3);
                    LedgerLine deposit = book(EntryKind.DEPOSIT, m, cents, null, 0);
                    deposits.add(new ShareOut.Deposit(m, Money.ofCents(cents), s));
                    if (random.nextInt(25) == 0) { // counted wrong: reversed at once
                        reverse(deposit);
                        deposits.add(new ShareOut.Deposit(m, Money.ofCents(-cents), s));
                    }
                    if (socialFundCents > 0) {
                        book(EntryKind.SOCIAL_FUND, m, socialFundCents, null, 0);
                    }
                }
                lend();
                repay();
                if (differences && random.nextInt(8) == 0) {
                    book(EntryKind.CASH_DIFFERENCE, null, random.nextInt(401) - 200, null, 0);
                }
                assertIdentity();
            }
        }

        private void lend() {
            if (random.nextInt(3) != 0) {
                return;
            }
            long member = 1 + random.nextInt(members);
            if (borrowerOf.containsValue(member) && owedBy(member) > 0) {
                return;
            }
            long available = ledger.box().minus(ledger.socialFund()).cents();
            long cap = ledger.savingsOf(member).cents() * 3;
            long max = Math.min(available, cap);
            if (max < 100) {
                return;
            }
            long principal = 100 + (long) (random.nextDouble() * (max - 100));
            InterestRate rate = new InterestRate(random.nextInt(3) == 0 ? 0 : random.nextInt(600));
            int weeks = 1 + random.nextInt(16);
            long interest = rate.interestFor(Money.ofCents(principal), weeks).cents();
            long loan = nextLoan++;
            borrowerOf.put(loan, member);
            owedByLoan.put(loan, principal + interest);
            interestDueByLoan.put(loan, interest);
            book(EntryKind.LOAN_OUT, member, -principal, loan, 0);
        }

        private void repay() {
            for (long loan : List.copyOf(owedByLoan.keySet())) {
                long owed = owedByLoan.get(loan);
                if (owed == 0 || random.nextInt(3) != 0) {
                    continue;
                }
                long paid = random.nextInt(4) == 0 ? owed : 1 + (long) (random.nextDouble() * owed);
                Repayment split = Repayment.split(
                        Money.ofCents(paid),
                        Money.ofCents(interestDueByLoan.get(loan)),
                        Money.ofCents(owed - interestDueByLoan.get(loan)));
                book(
                        EntryKind.LOAN_REPAYMENT,
                        borrowerOf.get(loan),
                        paid,
                        loan,
                        split.interest().cents());
                owedByLoan.put(loan, owed - paid);
                interestDueByLoan.merge(loan, -split.interest().cents(), Long::sum);
            }
        }

        private long owedBy(long member) {
            return owedByLoan.entrySet().stream()
                    .filter(e -> borrowerOf.get(e.getKey()) == member)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        void checkShareOut(InterestShare basis, String what) {
            Map<Long, Money> savings = new HashMap<>();
            Map<Long, Money> open = new HashMap<>();
            for (long m = 1; m <= members; m++) {
                savings.put(m, ledger.savingsOf(m));
                if (owedBy(m) > 0) {
                    open.put(m, Money.ofCents(owedBy(m)));
                }
            }
            ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                    savings,
                    ShareOut.weightsByTime(deposits, sessions),
                    open,
                    ledger.box(),
                    ledger.socialFund(),
                    basis));

            // Payouts add up to the box minus the social fund, to the cent.
            assertThat(result.totalPayout()).as(what).isEqualTo(ledger.box().minus(ledger.socialFund()));
            boolean gainOnly = !result.surplus().isNegative();
            for (ShareOut.Line line : result.lines()) {
                if (open.isEmpty() && gainOnly) {
                    assertThat(line.payout().cents())
                            .as(what + ": nobody gets back less than she saved")
                            .isGreaterThanOrEqualTo(line.savings().cents());
                }
                if (basis == InterestShare.BY_SAVINGS && gainOnly) {
                    for (ShareOut.Line other : result.lines()) {
                        if (line.savings().isGreaterThan(other.savings())) {
                            assertThat(line.share().cents())
                                    .as(what + ": who saved more never gets less")
                                    .isGreaterThanOrEqualTo(other.share().cents());
                        }
                    }
                }
            }
            // Settling the loans and opening every pot through the ledger leaves exactly the social fund.
            Ledger after = Ledger.replay(lines);
            long id = nextId;
            for (Map.Entry<Long, Long> loan : owedByLoan.entrySet()) {
                if (loan.getValue() > 0) {
                    after.apply(new LedgerLine(
                            id++,
                            EntryKind.LOAN_SETTLED,
                            borrowerOf.get(loan.getKey()),
                            Money.ofCents(loan.getValue()),
                            null,
                            loan.getKey(),
                            Money.ofCents(interestDueByLoan.get(loan.getKey()))));
                }
            }
            for (ShareOut.Line line : result.lines()) {
                after.apply(new LedgerLine(
                        id++,
                        EntryKind.PAYOUT,
                        line.memberId(),
                        line.savings().plus(line.share()).negate(),
                        null,
                        null,
                        Money.ZERO));
            }
            assertThat(after.box()).as(what + ": no cent lost or created").isEqualTo(ledger.socialFund());
            assertThat(after.loansOutstanding()).as(what).isEqualTo(Money.ZERO);
        }

        /** box = savings + social fund + cash differences + interest - loans outstanding - paid out. */
        private void assertIdentity() {
            Money accounted = ledger.totalSavings()
                    .plus(ledger.socialFund())
                    .plus(ledger.cashDifferences())
                    .plus(ledger.interestEarned())
                    .minus(ledger.loansOutstanding())
                    .minus(ledger.paidOut());
            assertThat(ledger.box()).isEqualTo(accounted);
        }

        private LedgerLine book(EntryKind kind, Long member, long cents, Long loan, long interest) {
            LedgerLine line =
                    new LedgerLine(nextId++, kind, member, Money.ofCents(cents), null, loan, Money.ofCents(interest));
            ledger.apply(line);
            lines.add(line);
            return line;
        }

        private void reverse(LedgerLine original) {
            LedgerLine line = new LedgerLine(
                    nextId++,
                    EntryKind.REVERSAL,
                    original.memberId(),
                    original.amount().negate(),
                    original.id(),
                    original.loanId(),
                    original.interest().negate());
            ledger.apply(line);
            lines.add(line);
        }
    }
}
