package nl.kringwerk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;

/**
 * A savings circle that completed a cycle with loans and its share-out, and continued: cycle 1
 * (eight weekly sessions, fifteen weeks ago) ends with every pot opened and a loan settled; cycle 2
 * (six sessions so far) has loans in every state: requested, approved, out, repaid, in arrears.
 */
final class DemoLoans {

    private final Savings savings;
    private final LoanService loans;
    private final ShareOutService shareOut;
    private final DemoSavings demo;
    private final LocalDate today;

    DemoLoans(
            Savings savings,
            LoanService loans,
            ShareOutService shareOut,
            DemoSavings.BeforeOpen beforeOpen,
            LocalDate today) {
        this.savings = savings;
        this.loans = loans;
        this.shareOut = shareOut;
        this.demo = new DemoSavings(savings, beforeOpen, today);
        this.today = today;
    }

    void play(long groupId, List<Long> m) {
        LocalDate start = today.minusWeeks(15);
        CycleRules first = CycleRules.builder(start)
                .plannedEndOn(start.plusWeeks(7))
                .defaultInterestBp(100)
                .build();
        savings.cycles().startCycle(groupId, first);
        long[] fatma = {0};
        long[] gloria = {0};
        demo.playSessions(groupId, m, 8, false, (s, sessionId) -> {
            switch (s) {
                case 1 ->
                    fatma[0] = lend(groupId, sessionId, m.get(1), 20, 4, "1", RepaymentPlan.AT_END, true)
                            .orElse(0L);
                case 2 ->
                    gloria[0] = lend(groupId, sessionId, m.get(3), 15, 8, "0", RepaymentPlan.INSTALMENTS, true)
                            .orElse(0L);
                case 3, 4 -> repayDue(sessionId, gloria[0]);
                case 5 -> repayAll(sessionId, fatma[0]);
                case 7 -> shareOutAndPay(sessionId, m);
                default -> {}
            }
        });
        shareOut.closeCycle(groupId);

        savings.cycles()
                .startNextCycle(groupId, first.startingOn(today.minusWeeks(DemoSavings.PAST_SESSIONS)), List.of());
        long[] anja = {0};
        long[] yvonne = {0};
        demo.playSessions(groupId, m, DemoSavings.PAST_SESSIONS, true, (s, sessionId) -> {
            switch (s) {
                case 0 ->
                    anja[0] = lend(groupId, sessionId, m.get(2), 25, 8, "1", RepaymentPlan.INSTALMENTS, true)
                            .orElse(0L);
                case 1 -> {
                    repayDue(sessionId, anja[0]);
                    yvonne[0] = lend(groupId, sessionId, m.get(4), 30, 4, "0", RepaymentPlan.AT_END, true)
                            .orElse(0L);
                }
                case 2 -> lend(groupId, sessionId, m.get(7), 20, 8, "1", RepaymentPlan.AT_END, true);
                case 3 -> lend(groupId, sessionId, m.get(5), 20, 8, "1", RepaymentPlan.AT_END, false);
                case 4 -> repayAll(sessionId, yvonne[0]);
                case 5 -> loans.request(groupId, new LoanRequest(m.get(6), "15", 6, "Fietsreparatie"), key());
                default -> {}
            }
        });
    }

    /** A request the group approves at this session; paid out with the ritual when {@code payOut}. */
    private Optional<Long> lend(
            long groupId,
            long sessionId,
            long member,
            int euros,
            int weeks,
            String rate,
            RepaymentPlan plan,
            boolean payOut) {
        Money maximum = loans.room(groupId, member).maximum();
        long amount = Math.min(euros * 100L, maximum.cents() / 100 * 100);
        if (amount < 500) {
            return Optional.empty();
        }
        long loanId = loans.request(
                groupId, new LoanRequest(member, Money.ofCents(amount).toInputText(), weeks, null), key());
        int present = savings.records().meeting(sessionId).present().size();
        loans.decide(sessionId, loanId, new LoanDecision(true, new Tally(present - 2, 1, 1), rate, plan));
        if (payOut) {
            loans.disburse(sessionId, loanId, key());
        }
        return Optional.of(loanId);
    }

    /** One instalment (the demo's sessions lie in the past, so "due by the next session" would be all). */
    private void repayDue(long sessionId, long loanId) {
        if (loanId != 0) {
            Money instalment = loans.loan(loanId).account().schedule().get(0).amount();
            loans.repay(sessionId, loanId, instalment.toInputText(), key());
        }
    }

    private void repayAll(long sessionId, long loanId) {
        if (loanId != 0) {
            loans.repay(sessionId, loanId, loans.loan(loanId).owed().toInputText(), key());
        }
    }

    private void shareOutAndPay(long sessionId, List<Long> members) {
        shareOut.fix(
                sessionId,
                savings.records().meeting(sessionId).expectedBox().toInputText(),
                SocialFundDecision.NONE,
                null);
        members.forEach(member -> shareOut.pay(sessionId, member, key()));
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
