package nl.kringwerk.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.InterestShare;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole cycle computed by hand: 10 members, 26 weekly sessions, three loans, one of them settled
 * at the share-out, under both interest rules.
 *
 * <pre>
 * Savings   members 1-5 save 10,00 every session: 26 x 10 = 260,00 each   (1300,00)
 *           members 6-9 save  5,00 every session: 26 x  5 = 130,00 each   ( 520,00)
 *           member 10 saves 130,00 once, at session 1                      ( 130,00)
 *           total savings                                                   1950,00
 * Loan 1    member 2: 200,00 at 2% per 4 weeks for 12 weeks: 200 x 0,02 x 3 = 12,00 interest;
 *           paid back 212,00 in full.
 * Loan 2    member 7: 100,00 without interest for 8 weeks; paid back in full.
 * Loan 3    member 9: 150,00 at 1,5% per 4 weeks for 16 weeks: 150 x 0,015 x 4 = 9,00 interest;
 *           she pays 59,00: 9,00 interest first, then 50,00 principal; 100,00 is still open.
 * Box       1950 - 200 + 212 - 100 + 100 - 150 + 59 = 1871,00
 * Share-out distributable = box + open loans = 1871 + 100 = 1971,00; surplus = 1971 - 1950 = 21,00
 * </pre>
 */
class WorkedExampleTest {

    private final List<LedgerLine> lines = new ArrayList<>();
    private final List<ShareOut.Deposit> deposits = new ArrayList<>();
    private final Map<Long, Money> savings = new HashMap<>();
    private long nextId = 1;
    private Ledger ledger;
    private LoanAccount loan3;

    @BeforeEach
    void playTheCycle() {
        for (int session = 1; session <= 26; session++) {
            for (long m = 1; m <= 9; m++) {
                deposit(m, Money.euros(m <= 5 ? 10 : 5), session);
            }
            if (session == 1) {
                deposit(10, Money.euros(130), session);
            }
        }
        LoanTerms terms1 = terms(Money.euros(200), 12, 200);
        LoanTerms terms2 = terms(Money.euros(100), 8, 0);
        LoanTerms terms3 = terms(Money.euros(150), 16, 150);
        assertThat(terms1.interest()).isEqualTo(Money.euros(12));
        assertThat(terms3.interest()).isEqualTo(Money.euros(9));
        loanOut(1, 2, terms1);
        repay(1, 2, Money.euros(212), Money.euros(12));
        loanOut(2, 7, terms2);
        repay(2, 7, Money.euros(100), Money.ZERO);
        loanOut(3, 9, terms3);
        Repayment split = Repayment.split(Money.euros(59), terms3.interest(), terms3.principal());
        assertThat(split).isEqualTo(new Repayment(Money.euros(9), Money.euros(50)));
        repay(3, 9, Money.euros(59), split.interest());

        ledger = Ledger.replay(lines);
        loan3 = LoanAccount.of(
                Loan.Decision.APPROVED,
                terms3,
                lines.stream().filter(l -> Long.valueOf(3).equals(l.loanId())).toList(),
                ledger,
                LocalDate.of(2026, 1, 6),
                1,
                LocalDate.of(2026, 5, 1),
                null);
    }

    @Test
    void theBoxTheLoansAndTheSurplusAreAsComputedByHand() {
        assertThat(ledger.totalSavings()).isEqualTo(Money.euros(1950));
        assertThat(ledger.box()).isEqualTo(Money.euros(1871));
        assertThat(ledger.interestEarned()).isEqualTo(Money.euros(21));
        assertThat(ledger.loansOutstanding()).isEqualTo(Money.euros(100));
        assertThat(loan3.owed()).isEqualTo(Money.euros(100));
        assertThat(loan3.interestDue()).isEqualTo(Money.ZERO);
        // Paid out on 6 January for 16 weeks, in one go: due 28 April. On 1 May it is past due.
        assertThat(loan3.schedule())
                .singleElement()
                .isEqualTo(new LoanAccount.Instalment(LocalDate.of(2026, 4, 28), Money.euros(159)));
        assertThat(loan3.status()).isEqualTo(LoanStatus.IN_ARREARS);
        assertThat(loan3.overdue()).isEqualTo(Money.euros(100));
    }

    /**
     * By savings: weights 26000 (x5), 13000 (x5); total 195000. 2100 cents x 26000 / 195000 = 280,
     * x 13000 / 195000 = 140, both exact. Member 9: 130,00 + 1,40 - 100,00 = 31,40.
     */
    @Test
    void bySavings() {
        ShareOut.Result result = shareOut(InterestShare.BY_SAVINGS);
        assertThat(result.surplus()).isEqualTo(Money.euros(21));
        assertThat(shares(result)).containsExactly(280L, 280L, 280L, 280L, 280L, 140L, 140L, 140L, 140L, 140L);
        assertThat(payout(result, 1)).isEqualTo(Money.ofCents(262_80));
        assertThat(payout(result, 9)).isEqualTo(Money.ofCents(31_40));
        assertThat(payout(result, 10)).isEqualTo(Money.ofCents(131_40));
        assertThat(result.totalPayout()).isEqualTo(Money.euros(1871));
        settleAndPayEveryone(result);
    }

    /**
     * By savings x time: a deposit at session k is held 27 - k sessions (up to and including 26).
     * Members 1-5: 1000 x (1 + ... + 26) = 1000 x 351 = 351000; members 6-9: 500 x 351 = 175500;
     * member 10: 13000 x 26 = 338000. Total 5 x 351000 + 4 x 175500 + 338000 = 2795000.
     * Exact shares: 263,72 / 131,86 / 253,95 cents; floors 5x263 + 4x131 + 253 = 2092, 8 cents left:
     * member 10 (0,95), members 6-9 (0,86), then members 1-3 (0,72; ties go to the earlier member).
     * Member 10 saved early and gets 2,54 instead of 1,40.
     */
    @Test
    void bySavingsTimesTime() {
        assertThat(ShareOut.weightsByTime(deposits, 26))
                .containsEntry(1L, 351_000L)
                .containsEntry(6L, 175_500L)
                .containsEntry(10L, 338_000L);
        ShareOut.Result result = shareOut(InterestShare.BY_SAVINGS_AND_TIME);
        assertThat(shares(result)).containsExactly(264L, 264L, 264L, 263L, 263L, 132L, 132L, 132L, 132L, 254L);
        assertThat(payout(result, 10)).isEqualTo(Money.ofCents(132_54));
        assertThat(payout(result, 9)).as("130,00 + 1,32 - 100,00").isEqualTo(Money.ofCents(31_32));
        assertThat(result.totalPayout()).isEqualTo(Money.euros(1871));
        settleAndPayEveryone(result);
    }

    /** Booking the settlement and every pot leaves an empty box and no open loan: no cent lost. */
    private void settleAndPayEveryone(ShareOut.Result result) {
        List<LedgerLine> all = new ArrayList<>(lines);
        long id = nextId;
        all.add(new LedgerLine(id++, EntryKind.LOAN_SETTLED, 9L, loan3.owed(), null, 3L, loan3.interestDue()));
        for (ShareOut.Line line : result.lines()) {
            all.add(new LedgerLine(
                    id++,
                    EntryKind.PAYOUT,
                    line.memberId(),
                    line.savings().plus(line.share()).negate(),
                    null,
                    null,
                    Money.ZERO));
        }
        Ledger after = Ledger.replay(all);
        assertThat(after.box()).isEqualTo(Money.ZERO);
        assertThat(after.loansOutstanding()).isEqualTo(Money.ZERO);
    }

    private ShareOut.Result shareOut(InterestShare basis) {
        return ShareOut.calculate(new ShareOut.Input(
                savings,
                ShareOut.weightsByTime(deposits, 26),
                Map.of(9L, loan3.owed()),
                ledger.box(),
                ledger.socialFund(),
                basis));
    }

    private static List<Long> shares(ShareOut.Result result) {
        return result.lines().stream().map(l -> l.share().cents()).toList();
    }

    private static Money payout(ShareOut.Result result, long member) {
        return result.lines().stream()
                .filter(l -> l.memberId() == member)
                .findFirst()
                .orElseThrow()
                .payout();
    }

    private void deposit(long member, Money amount, int session) {
        lines.add(new LedgerLine(nextId++, EntryKind.DEPOSIT, member, amount, null));
        deposits.add(new ShareOut.Deposit(member, amount, session));
        savings.merge(member, amount, Money::plus);
    }

    private void loanOut(long loanId, long member, LoanTerms terms) {
        lines.add(new LedgerLine(
                nextId++, EntryKind.LOAN_OUT, member, terms.principal().negate(), null, loanId, Money.ZERO));
    }

    private void repay(long loanId, long member, Money paid, Money interest) {
        lines.add(new LedgerLine(nextId++, EntryKind.LOAN_REPAYMENT, member, paid, null, loanId, interest));
    }

    private static LoanTerms terms(Money principal, int weeks, int basisPoints) {
        InterestRate rate = new InterestRate(basisPoints);
        return new LoanTerms(principal, weeks, rate, rate.interestFor(principal, weeks), 1);
    }
}
