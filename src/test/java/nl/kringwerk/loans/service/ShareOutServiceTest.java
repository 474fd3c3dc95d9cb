package nl.kringwerk.loans.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShareOutServiceTest extends ServiceTest {

    @Autowired
    ShareOutService shareOut;

    @Autowired
    LoanService loans;

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    SavingsFixture f;
    long loanNaima;

    /**
     * Yvonne saves 50, Naima, Els and Priya 100 each (350); those four pay 2,00 social fund (8,00).
     * Naima borrows 100 at 2% per 4 weeks for 8 weeks (4,00 interest) and pays back 30 (4,00
     * interest first, 26,00 principal): she still owes 74,00. Els borrows 50 without interest and
     * pays it all back. The box holds 358 - 100 + 30 - 50 + 50 = 288,00.
     */
    @BeforeEach
    void aCycleWithLoans() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        CycleRules withSocialFund = CycleRules.builder(
                        LocalDate.now(TestClock.AMSTERDAM).minusDays(21))
                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(6))
                .socialFundPerSession(Money.euros(2))
                .build();
        f = new SavingsFixture(testWorld, world, savings, withSocialFund);
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "50", key());
        savings.bookings().bookSocialFund(f.sessionId, f.member("Yvonne"), key());
        for (String name : List.of("Naima", "Els", "Priya")) {
            savings.bookings().bookDeposit(f.sessionId, f.member(name), "100", key());
            savings.bookings().bookSocialFund(f.sessionId, f.member(name), key());
        }
        loanNaima = loan(f.member("Naima"), "100", "2");
        loans.disburse(f.sessionId, loanNaima, key());
        loans.repay(f.sessionId, loanNaima, "30", key());
        long loanEls = loan(f.member("Els"), "50", "0");
        loans.disburse(f.sessionId, loanEls, key());
        loans.repay(f.sessionId, loanEls, "50", key());
    }

    @Test
    void sheWhoOwesMoreThanHerPotPaysInBeforeThePotsItWouldLeaveShortAreOpened() {
        // Yvonne saved 50 and borrows 150: her pot is about 99 short. The box holds 138 of which 8 is
        // the social fund: without her pay-in the three positive pots (27,15 + 101,14 + 101,14) do not fit.
        long loanYvonne = loan(f.member("Yvonne"), "150", "0");
        loans.disburse(f.sessionId, loanYvonne, key());
        shareOut.fix(f.sessionId, "138", SocialFundDecision.CARRY_OVER, null);
        Map<Long, Pot> pots =
                shareOut.view(f.sessionId).pots().stream().collect(Collectors.toMap(Pot::memberId, p -> p));
        assertThat(pots.get(f.member("Yvonne")).payout().isNegative()).isTrue();

        shareOut.pay(f.sessionId, f.member("Els"), key());
        refused(() -> shareOut.checkPay(f.sessionId, f.member("Priya")), "error.pay-in-first");
        refused(() -> shareOut.pay(f.sessionId, f.member("Priya"), key()), "error.pay-in-first");
        assertThat(savings.records().meeting(f.sessionId).expectedBox().isNegative())
                .isFalse();

        shareOut.pay(f.sessionId, f.member("Yvonne"), key());
        shareOut.pay(f.sessionId, f.member("Priya"), key());
        shareOut.pay(f.sessionId, f.member("Naima"), key());
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.euros(8));
    }

    @Test
    void theShareOutPaysEveryoneHerPotSettlesTheOpenLoanAndTheGroupContinues() {
        ShareOutView preview = shareOut.view(f.sessionId);
        assertThat(preview.box()).isEqualTo(Money.euros(288));
        assertThat(preview.openLoans()).isEqualTo(Money.euros(74));
        // Earned: 4,00 interest. Shares by savings 50:100:100:100 of 400 cents = 57,14 / 114,29 x3;
        // floors 57+114+114+114 = 399, the last cent goes to the largest remainder (0,29; tie: Naima).
        assertThat(preview.surplus()).isEqualTo(Money.euros(4));
        Map<Long, Pot> pots = preview.pots().stream().collect(Collectors.toMap(Pot::memberId, p -> p));
        assertThat(pots.get(f.member("Yvonne")).share()).isEqualTo(Money.ofCents(57));
        assertThat(pots.get(f.member("Naima")).share()).isEqualTo(Money.ofCents(115));
        assertThat(pots.get(f.member("Els")).share()).isEqualTo(Money.ofCents(114));
        assertThat(pots.get(f.member("Naima")).payout()).isEqualTo(Money.ofCents(100_00 + 115 - 74_00));
        assertThat(pots.get(f.member("Samira")).payout()).isEqualTo(Money.ZERO);
        assertThat(preview.totalPayout()).isEqualTo(Money.euros(280));

        refused(
                () -> shareOut.fix(f.sessionId, "287", SocialFundDecision.CARRY_OVER, null),
                "error.share-out-count-mismatch");
        refused(() -> shareOut.fix(f.sessionId, "288", null, null), "error.required");
        refused(() -> shareOut.fix(f.sessionId, "288", SocialFundDecision.SPENT, " "), "error.required");
        refused(() -> shareOut.pay(f.sessionId, f.member("Yvonne"), key()), "error.share-out-not-fixed");
        shareOut.fix(f.sessionId, "288,00", SocialFundDecision.CARRY_OVER, null);
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Fatma"), "5", key()),
                "error.cycle-sharing-out");
        refused(() -> loans.repay(f.sessionId, loanNaima, "10", key()), "error.cycle-sharing-out");

        String naimaKey = key();
        EntryLine naima = shareOut.pay(f.sessionId, f.member("Naima"), naimaKey);
        assertThat(shareOut.pay(f.sessionId, f.member("Naima"), naimaKey).id())
                .as("a retry books once")
                .isEqualTo(naima.id());
        refused(() -> shareOut.pay(f.sessionId, f.member("Naima"), key()), "error.already-paid-out");
        assertThat(loans.loan(loanNaima).status()).isEqualTo(LoanStatus.SETTLED);
        assertThat(savings.records().cycleJournal(f.world.groupA()))
                .filteredOn(e -> e.kind() == EntryKind.LOAN_SETTLED)
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.euros(74)));
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.ofCents(288_00 - 27_15));

        // Opened by mistake: booked back openly, with the reason; her loan is open again until her pot is opened.
        refused(() -> shareOut.undoPay(f.sessionId, f.member("Naima"), " ", key()), "error.required");
        refused(() -> shareOut.undoPay(f.sessionId, f.member("Els"), "Verkeerde persoon", key()), "error.not-paid-out");
        shareOut.undoPay(f.sessionId, f.member("Naima"), "Verkeerde persoon aangetikt", key());
        assertThat(shareOut.view(f.sessionId).pots())
                .filteredOn(p -> p.memberId() == f.member("Naima"))
                .singleElement()
                .satisfies(p -> assertThat(p.paid()).isFalse());
        assertThat(loans.loan(loanNaima).status().isOut()).isTrue();
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.euros(288));
        shareOut.pay(f.sessionId, f.member("Naima"), key());
        assertThat(loans.loan(loanNaima).status()).isEqualTo(LoanStatus.SETTLED);

        refused(() -> shareOut.closeCycle(f.world.groupA()), "error.share-out-not-all-paid");
        for (long member : f.members) {
            if (member != f.member("Naima")) {
                shareOut.pay(f.sessionId, member, key());
            }
        }
        assertThat(shareOut.view(f.sessionId).allPaid()).isTrue();
        assertThat(savings.records().meeting(f.sessionId).expectedBox())
                .as("only the social fund is left")
                .isEqualTo(Money.euros(8));
        refused(() -> shareOut.closeCycle(f.world.groupA()), "error.cycle-session-open");
        savings.sessions().closeSession(f.sessionId, "8");
        shareOut.closeCycle(f.world.groupA());
        CycleOverview closed = savings.cycles().currentCycle(f.world.groupA()).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.box()).isEqualTo(Money.ZERO);

        long next =
                savings.cycles().startNextCycle(f.world.groupA(), SavingsFixture.rules(), List.of(f.member("Priya")));
        CycleOverview second = savings.cycles().currentCycle(f.world.groupA()).orElseThrow();
        assertThat(second.cycleId()).isEqualTo(next);
        assertThat(second.continued()).isTrue();
        assertThat(second.socialFund()).as("the social fund carried over").isEqualTo(Money.euros(8));
        assertThat(second.box()).isEqualTo(Money.euros(8));
        assertThat(groups.groupFacts(f.world.groupA()).hasActiveMember(f.member("Priya")))
                .as("Priya stopped")
                .isFalse();
        refused(
                () -> savings.cycles()
                        .startNextCycle(f.world.groupA(), SavingsFixture.rules(), List.of(f.member("Priya"))),
                "error.cycle-already-open");
        refused(
                () -> savings.cycles().startCycle(f.world.groupA(), SavingsFixture.rules()),
                "error.cycle-already-open");
    }

    private long loan(long member, String amount, String rate) {
        long id = loans.request(f.world.groupA(), new LoanRequest(member, amount, 8, null), key());
        loans.decide(f.sessionId, id, new LoanDecision(true, new Tally(6, 0, 2), rate, RepaymentPlan.AT_END));
        return id;
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
