package nl.kringwerk.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A secret loan ballot in a circle of eight, through the meeting screen: the chair fixes 1% and
 * instalments, the tablet goes round, each taps her name and then her vote, where her name is not
 * shown; "7 van 8 klaar" is all the chair sees; one name cannot come back; the last tap shows the
 * totals (5 for, 2 against, 1 blank) and the loan is approved with them.
 */
class SecretBallotFlowTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Test
    void eightMembersDecideALoanBySecretBallot() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusWeeks(1))
                                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(4))
                                .build());
        long sessionId = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        circle.forEach(m -> savings.sessions().markAttendance(sessionId, m, AttendanceStatus.PRESENT));
        savings.sessions()
                .openSession(
                        sessionId,
                        new SessionRoles(
                                circle.member("Samira"),
                                circle.member("Fatma"),
                                circle.member("Anja"),
                                circle.member("Gloria")));
        for (long member : circle) {
            savings.bookings()
                    .bookDeposit(sessionId, member, "30", savings.bookings().newIdempotencyKey());
        }
        long loanId = loans.request(
                world.groupA(),
                new LoanRequest(circle.member("Yvonne"), "80", 8, "Fiets"),
                savings.bookings().newIdempotencyKey());

        navigate("bijeenkomst/" + sessionId);
        click("round-ballot-" + loanId);
        type("ballot-interest", "1");
        choose("ballot-plan", RepaymentPlan.INSTALMENTS);
        click("ballot-start");
        assertThat(allText("round-progress")).isEqualTo("0 van 8 klaar");

        int[] votes = {0, 0, 0, 0, 0, 1, 1, 2};
        for (int i = 0; i < circle.size(); i++) {
            long member = circle.get(i);
            String name = TestWorld.Circle.NAMES.get(i);
            click("round-name-" + member);
            String screen = allText("secret-round");
            assertThat(screen).contains("Lening voor Yvonne").contains("€ 80,00");
            assertThat(screen.replace("Lening voor Yvonne", ""))
                    .as("her name is not shown with her choice")
                    .doesNotContain(name);
            assertThat(_find(Button.class, spec -> spec.withId("round-end"))).isEmpty();
            click("round-answer-" + votes[i]);
            if (i < circle.size() - 1) {
                assertThat(allText("round-progress")).isEqualTo((i + 1) + " van 8 klaar");
                assertThat(allText("round-thanks")).contains("Dank je");
                assertThat(_find(Button.class, spec -> spec.withId("round-name-" + member)))
                        .as("nobody can tap twice")
                        .isEmpty();
                assertThat(_find(Button.class, spec -> spec.withId("round-answer-0")))
                        .as("the screen clears after each tap")
                        .isEmpty();
            }
            if (i == 6) {
                assertThat(allText("round-progress")).isEqualTo("7 van 8 klaar");
                assertThat(_find(Component.class, spec -> spec.withId("round-totals")))
                        .as("no total before everyone is done")
                        .isEmpty();
            }
        }
        assertThat(allText("round-count-0-0")).isEqualTo("5");
        assertThat(allText("round-count-0-1")).isEqualTo("2");
        assertThat(allText("round-count-0-2")).isEqualTo("1");
        assertThat(allText("round-decision")).contains("goedgekeurd").doesNotContain("niet");

        LoanLine loan = loans.loan(loanId);
        assertThat(loan.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(loan.tally()).isEqualTo(new Tally(5, 2, 1));
        assertThat(loan.terms().instalments()).isEqualTo(8);
        // The loan section now offers the payout, as after a count by show of hands.
        assertThat(_find(Button.class, spec -> spec.withId("loan-action-" + loanId)))
                .singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Uit de kas geven"));
    }
}
