package nl.kringwerk.loans.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.LoanRepository;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Loans through the real services on MariaDB. The cycle started three weeks ago and its first
 * session is open, so instalments of a loan paid out there are already due.
 */
class LoanServiceTest extends ServiceTest {

    @Autowired
    LoanService loans;

    @Autowired
    Savings savings;

    @Autowired
    LoanRepository loanRepository;

    @Autowired
    JournalEntryRepository journal;

    SavingsFixture f;

    @BeforeEach
    void aCircleWithMoneyInTheBox() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        CycleRules threeWeeksOld = CycleRules.builder(
                        LocalDate.now(TestClock.AMSTERDAM).minusDays(21))
                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(6))
                .build();
        f = new SavingsFixture(testWorld, world, savings, threeWeeksOld);
        // Yvonne saves 50, Naima, Els and Priya 100 each: 350 in the box.
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "50", key());
        for (String name : List.of("Naima", "Els", "Priya")) {
            savings.bookings().bookDeposit(f.sessionId, f.member(name), "100", key());
        }
    }

    @Test
    void requestDecisionPayoutAndTwoRepaymentsWithInterestFirst() {
        LoanRoom room = loans.room(f.world.groupA(), f.member("Yvonne"));
        assertThat(room.ownSavings()).isEqualTo(Money.euros(50));
        assertThat(room.maximum()).isEqualTo(Money.euros(150));

        long loanId =
                loans.request(f.world.groupA(), new LoanRequest(f.member("Yvonne"), "120", 8, "Wasmachine"), key());
        assertThat(status(loanId)).isEqualTo(LoanStatus.REQUESTED);

        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(6, 1, 1), "2", RepaymentPlan.AT_END));
        LoanLine approved = loans.loan(loanId);
        assertThat(approved.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(approved.tally()).isEqualTo(new Tally(6, 1, 1));
        // 120,00 x 2% x (8 weeks / 4) = 4,80 interest for the whole term.
        assertThat(approved.terms().interest()).isEqualTo(Money.ofCents(480));

        String payoutKey = key();
        EntryLine out = loans.disburse(f.sessionId, loanId, payoutKey);
        assertThat(out.kind()).isEqualTo(EntryKind.LOAN_OUT);
        assertThat(out.amount()).isEqualTo(Money.euros(-120));
        assertThat(loans.disburse(f.sessionId, loanId, payoutKey).id())
                .as("a retry books once")
                .isEqualTo(out.id());
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.euros(230));
        assertThat(loans.loan(loanId).owed()).isEqualTo(Money.ofCents(124_80));

        // 10,00 paid: 4,80 interest first, 5,20 principal. Then 50,00 principal.
        loans.repay(f.sessionId, loanId, "10", key());
        loans.repay(f.sessionId, loanId, "50", key());
        LoanLine after = loans.loan(loanId);
        assertThat(after.account().interestPaid()).isEqualTo(Money.ofCents(480));
        assertThat(after.owed()).isEqualTo(Money.ofCents(64_80));
        assertThat(after.status()).isEqualTo(LoanStatus.DISBURSED);
        var overview = savings.cycles().currentCycle(f.world.groupA()).orElseThrow();
        assertThat(overview.interestEarned()).isEqualTo(Money.ofCents(480));
        assertThat(overview.loansOutstanding()).isEqualTo(Money.ofCents(64_80));
        assertThat(overview.box()).isEqualTo(Money.euros(290));

        loans.repay(f.sessionId, loanId, "64,80", key());
        assertThat(status(loanId)).isEqualTo(LoanStatus.REPAID);
    }

    @Test
    void anInstalmentPastItsDateIsAnArrearAndPayingItClearsIt() {
        long loanId = approvedLoan(f.member("Naima"), "80", 8, "0", RepaymentPlan.INSTALMENTS);
        loans.disburse(f.sessionId, loanId, key());
        // Paid out three weeks ago, weekly instalments of 10,00: two dates have passed, one is today.
        LoanLine line = loans.loan(loanId);
        assertThat(line.account().schedule()).hasSize(8);
        assertThat(line.status()).isEqualTo(LoanStatus.IN_ARREARS);
        assertThat(line.account().overdue()).isEqualTo(Money.euros(20));
        loans.repay(f.sessionId, loanId, "20", key());
        assertThat(status(loanId)).isEqualTo(LoanStatus.DISBURSED);
    }

    @Test
    void aRequestAboveTheCapOrTheCashOrTheTermIsRefusedAndNothingIsWritten() {
        // Els borrows 250 of the 350 in the box: 100 is left for anyone else.
        loans.disburse(f.sessionId, approvedLoan(f.member("Els"), "250", 8, "0", RepaymentPlan.AT_END), key());
        long before = loanRepository.count();
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Yvonne"), "150,01", 8, null), key()),
                "error.loan-above-cap");
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "100,01", 8, null), key()),
                "error.loan-above-cash");
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 17, null), key()),
                "error.loan-term");
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "vijftig", 8, null), key()),
                "error.amount-not-a-number");
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Samira"), "10", 8, null), key()),
                "error.loan-above-cap");
        assertThat(loanRepository.count()).isEqualTo(before);
    }

    @Test
    void aSecondOpenLoanIsRefusedUnlessTheGroupAllowsIt() {
        loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), key());
        refused(
                () -> loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "20", 8, null), key()),
                "error.loan-already-open");
    }

    @Test
    void theSameRequestKeyRecordsOneLoan() {
        String requestKey = key();
        long first = loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), requestKey);
        long again = loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), requestKey);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theDecisionNeedsAFittingTallyAndASensibleRate() {
        long loanId = loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), key());
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(5, 4, 0), "0", RepaymentPlan.AT_END)),
                "error.tally-above-present");
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(3, 3, 2), "0", RepaymentPlan.AT_END)),
                "error.tally-no-majority");
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(6, 0, 0), "-1", RepaymentPlan.AT_END)),
                "error.interest-negative");
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(6, 0, 0), "twee", RepaymentPlan.AT_END)),
                "error.interest-not-a-number");
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(0, 0, 0), "0", RepaymentPlan.AT_END)),
                "error.tally-empty");
        assertThat(status(loanId)).isEqualTo(LoanStatus.REQUESTED);
        loans.decide(f.sessionId, loanId, new LoanDecision(false, new Tally(2, 5, 1), null, null));
        assertThat(status(loanId)).isEqualTo(LoanStatus.DECLINED);
        refused(
                () -> loans.decide(
                        f.sessionId, loanId, new LoanDecision(true, new Tally(6, 0, 0), "0", RepaymentPlan.AT_END)),
                "error.loan-decided");
    }

    @Test
    void onlyAnApprovedLoanLeavesTheBoxAndNobodyRepaysMoreThanSheOwes() {
        int entries = journal.findByCycleIdOrderById(f.cycleId).size();
        long requested = loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), key());
        refused(() -> loans.disburse(f.sessionId, requested, key()), "error.loan-not-approved");
        loans.decide(f.sessionId, requested, new LoanDecision(false, new Tally(1, 6, 0), null, null));
        refused(() -> loans.disburse(f.sessionId, requested, key()), "error.loan-not-approved");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(entries);

        long loanId = approvedLoan(f.member("Els"), "60", 8, "1", RepaymentPlan.AT_END);
        refused(() -> loans.repay(f.sessionId, loanId, "10", key()), "error.loan-not-out");
        loans.disburse(f.sessionId, loanId, key());
        // 60,00 + 60,00 x 1% x 2 = 61,20 owed.
        refused(() -> loans.repay(f.sessionId, loanId, "61,21", key()), "error.repay-above-owed");
        refused(() -> loans.repay(f.sessionId, loanId, "0", key()), "error.amount-not-positive");
        assertThat(loans.loan(loanId).owed()).isEqualTo(Money.ofCents(61_20));
    }

    @Test
    void aRepaymentOrPayoutTheRulesRefuseIsRefusedBeforeTheGroupSeesIt() {
        long requested = loans.request(f.world.groupA(), new LoanRequest(f.member("Naima"), "50", 8, null), key());
        refused(() -> loans.checkDisbursement(f.sessionId, requested), "error.loan-not-approved");
        long loanId = approvedLoan(f.member("Els"), "60", 8, "1", RepaymentPlan.AT_END);
        loans.checkDisbursement(f.sessionId, loanId);
        refused(() -> loans.checkRepayment(f.sessionId, loanId, "10"), "error.loan-not-out");
        loans.disburse(f.sessionId, loanId, key());
        int entries = journal.findByCycleIdOrderById(f.cycleId).size();

        refused(() -> loans.checkDisbursement(f.sessionId, loanId), "error.loan-already-out");
        refused(() -> loans.checkRepayment(f.sessionId, loanId, "61,21"), "error.repay-above-owed");
        refused(() -> loans.checkRepayment(f.sessionId, loanId, "0"), "error.amount-not-positive");
        loans.checkRepayment(f.sessionId, loanId, "61,20");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(entries);
    }

    @Test
    void aPayoutCanBeCorrectedOnlyBeforeAnythingWasRepaid() {
        long loanId = approvedLoan(f.member("Els"), "60", 8, "0", RepaymentPlan.AT_END);
        EntryLine out = loans.disburse(f.sessionId, loanId, key());
        EntryLine repaid = loans.repay(f.sessionId, loanId, "10", key());
        refused(
                () -> savings.bookings().reverse(f.sessionId, out.id(), "Verkeerde lening", key()),
                "error.loan-reverse-repayments-first");
        savings.bookings().reverse(f.sessionId, repaid.id(), "Verkeerd geteld", key());
        savings.bookings().reverse(f.sessionId, out.id(), "Verkeerde lening", key());
        assertThat(status(loanId)).isEqualTo(LoanStatus.APPROVED);
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.euros(350));
    }

    private long approvedLoan(long member, String amount, int weeks, String rate, RepaymentPlan plan) {
        long loanId = loans.request(f.world.groupA(), new LoanRequest(member, amount, weeks, null), key());
        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(7, 0, 1), rate, plan));
        return loanId;
    }

    private LoanStatus status(long loanId) {
        return loans.loan(loanId).status();
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
