package nl.kringwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo circle that shows loans: a completed, shared-out cycle, continued, with loans in every state. */
class DemoLoansTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Autowired
    ShareOutService shareOut;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCompletedCycleWithItsShareOutContinuesWithLoansInEveryState() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        List<Long> members = testWorld.circleOfEight(world);

        new DemoLoans(savings, loans, shareOut, DemoSavings.BeforeOpen.NONE, LocalDate.now(clock))
                .play(world.groupA(), members);

        CycleOverview current = savings.cycles().currentCycle(world.groupA()).orElseThrow();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.continued()).isTrue();
        assertThat(current.open()).isTrue();
        assertThat(loans.loans(world.groupA()))
                .extracting(LoanLine::status)
                .contains(
                        LoanStatus.REQUESTED,
                        LoanStatus.APPROVED,
                        LoanStatus.DISBURSED,
                        LoanStatus.REPAID,
                        LoanStatus.IN_ARREARS);
        assertThat(current.box())
                .isEqualTo(current.totalSavings()
                        .plus(current.interestEarned())
                        .minus(current.loansOutstanding())
                        .minus(Money.ofCents(50)));

        // The first cycle was shared out to the cent, with a loan settled against a pot.
        var view = shareOut.view(shareOutSessionOfFirstCycle(world.groupA()));
        assertThat(view.fixed()).isTrue();
        assertThat(view.allPaid()).isTrue();
        assertThat(view.cycleOpen()).isFalse();
        assertThat(view.totalSettled().isPositive())
                .as("Gloria's loan settled against her pot")
                .isTrue();
        assertThat(view.surplus().isPositive()).as("Fatma's interest").isTrue();
        assertThat(view.totalPayout())
                .as("the pots add up to the counted box")
                .isEqualTo(view.box().minus(view.socialFund()));
        assertThat(savings.records().cycleJournal(world.groupA()))
                .as("the new cycle starts empty")
                .noneMatch(e -> e.kind() == EntryKind.PAYOUT);
    }

    private long shareOutSessionOfFirstCycle(long groupId) {
        return jdbc.queryForObject(
                "select s.session_id from share_out s join savings_cycle c on c.id = s.cycle_id"
                        + " where c.group_id = ? and c.number = 1",
                Long.class,
                groupId);
    }
}
