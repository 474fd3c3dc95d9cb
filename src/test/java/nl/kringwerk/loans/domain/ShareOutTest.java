package nl.kringwerk.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.InterestShare;
import org.junit.jupiter.api.Test;

class ShareOutTest {

    @Test
    void shareOutReturnsEverySavedCentPlusInterestShare() {
        // Three members saved 100, 200 and 300; the group earned 10,00 interest: shares 1,67 / 3,33 / 5,00.
        ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                Map.of(1L, Money.euros(100), 2L, Money.euros(200), 3L, Money.euros(300)),
                Map.of(),
                Map.of(),
                Money.euros(610),
                Money.ZERO,
                InterestShare.BY_SAVINGS));
        assertThat(result.surplus()).isEqualTo(Money.euros(10));
        assertThat(result.lines()).extracting(l -> l.share().cents()).containsExactly(167L, 333L, 500L);
        assertThat(result.lines()).extracting(l -> l.payout().cents()).containsExactly(10_167L, 20_333L, 30_500L);
        assertThat(result.totalPayout()).isEqualTo(Money.euros(610));
    }

    @Test
    void anOpenLoanIsSettledAgainstThePayoutAndTheSocialFundStaysBehind() {
        // Member 2 still owes 52,00; that money is not in the box. The social fund (15,00) is not shared.
        ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                Map.of(1L, Money.euros(100), 2L, Money.euros(100)),
                Map.of(),
                Map.of(2L, Money.euros(52)),
                Money.euros(100 + 100 + 2 - 52 + 15),
                Money.euros(15),
                InterestShare.BY_SAVINGS));
        assertThat(result.surplus()).isEqualTo(Money.euros(2));
        ShareOut.Line second = result.lines().get(1);
        assertThat(second.loanSettled()).isEqualTo(Money.euros(52));
        assertThat(second.payout()).isEqualTo(Money.euros(49));
        assertThat(result.totalPayout()).isEqualTo(Money.euros(150));
    }

    @Test
    void moneySavedEarlyEarnsMoreWhenTheGroupChoosesSavingsTimesTime() {
        // Both saved 100; member 1 saved it 10 sessions before the end, member 2 only 2 sessions before.
        ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                Map.of(1L, Money.euros(100), 2L, Money.euros(100)),
                Map.of(1L, 100_00L * 10, 2L, 100_00L * 2),
                Map.of(),
                Money.euros(212),
                Money.ZERO,
                InterestShare.BY_SAVINGS_AND_TIME));
        assertThat(result.lines()).extracting(l -> l.share().cents()).containsExactly(1000L, 200L);
    }

    @Test
    void aShortBoxIsSharedTooAndNobodyIsPaidMoreThanTheBoxHolds() {
        ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                Map.of(1L, Money.euros(50), 2L, Money.euros(50), 3L, Money.ZERO),
                Map.of(),
                Map.of(),
                Money.ofCents(99_99),
                Money.ZERO,
                InterestShare.BY_SAVINGS));
        assertThat(result.surplus()).isEqualTo(Money.ofCents(-1));
        assertThat(result.totalPayout()).isEqualTo(Money.ofCents(99_99));
        assertThat(result.lines().get(2).payout()).isEqualTo(Money.ZERO);
    }

    @Test
    void payoutsAddUpToTheBoxMinusTheSocialFundInRandomCycles() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 5_000; run++) {
            int members = random.nextInt(5, 13);
            Map<Long, Money> savings = new HashMap<>();
            Map<Long, Long> byTime = new HashMap<>();
            Map<Long, Money> loans = new HashMap<>();
            long totalSavings = 0;
            long totalLoans = 0;
            for (long m = 1; m <= members; m++) {
                long saved = random.nextInt(0, 100_000);
                savings.put(m, Money.ofCents(saved));
                byTime.put(m, saved * random.nextInt(1, 53));
                totalSavings += saved;
                if (random.nextInt(4) == 0) {
                    long loan = random.nextInt(1, 50_000);
                    loans.put(m, Money.ofCents(loan));
                    totalLoans += loan;
                }
            }
            long fund = random.nextInt(0, 5_000);
            long interest = random.nextInt(-500, 20_000);
            Money box = Money.ofCents(totalSavings + interest - totalLoans + fund);
            for (InterestShare basis : InterestShare.values()) {
                ShareOut.Result result =
                        ShareOut.calculate(new ShareOut.Input(savings, byTime, loans, box, Money.ofCents(fund), basis));
                assertThat(result.totalPayout())
                        .as("seed %d run %d", seed, run)
                        .isEqualTo(box.minus(Money.ofCents(fund)));
                assertThat(result.lines().stream().map(ShareOut.Line::share).reduce(Money.ZERO, Money::plus))
                        .as("seed %d run %d", seed, run)
                        .isEqualTo(Money.ofCents(interest));
            }
        }
    }

    @Test
    void withoutOpenLoansAndWithInterestNobodyGetsLessThanSheSavedAndMoreSavingsNeverEarnLess() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 10_000; run++) {
            int members = random.nextInt(5, 13);
            Map<Long, Money> savings = new HashMap<>();
            long total = 0;
            for (long m = 1; m <= members; m++) {
                long saved = random.nextInt(0, 200_000);
                savings.put(m, Money.ofCents(saved));
                total += saved;
            }
            long interest = random.nextInt(0, 30_000);
            ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                    savings,
                    Map.of(),
                    Map.of(),
                    Money.ofCents(total + interest),
                    Money.ZERO,
                    InterestShare.BY_SAVINGS));
            for (ShareOut.Line a : result.lines()) {
                assertThat(a.payout()).as("seed %d run %d", seed, run).isGreaterThanOrEqualTo(a.savings());
                for (ShareOut.Line b : result.lines()) {
                    if (a.savings().isGreaterThan(b.savings())) {
                        assertThat(a.share()).as("seed %d run %d", seed, run).isGreaterThanOrEqualTo(b.share());
                    }
                }
            }
        }
    }

    @Test
    void nobodySavedAnythingSoTheSurplusIsSharedEqually() {
        ShareOut.Result result = ShareOut.calculate(new ShareOut.Input(
                Map.of(1L, Money.ZERO, 2L, Money.ZERO),
                Map.of(),
                Map.of(),
                Money.ofCents(3),
                Money.ZERO,
                InterestShare.BY_SAVINGS));
        assertThat(result.lines()).extracting(l -> l.payout().cents()).isEqualTo(List.of(2L, 1L));
    }
}
