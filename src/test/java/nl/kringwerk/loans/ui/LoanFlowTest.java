package nl.kringwerk.loans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A loan through the screens, from request to the next cycle: Yvonne asks 60, the group approves
 * it (6 for, 1 against, 1 abstained) at 2% per 4 weeks, she gets it with the ritual, pays back
 * twice, and at the share-out her remaining debt is settled against her pot. The group continues.
 */
class LoanFlowTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Test
    void requestDecisionPayoutTwoRepaymentsShareOutAndNextCycle() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        long yvonne = circle.member("Yvonne");
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusWeeks(1))
                                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(4))
                                .defaultInterestBp(200)
                                .build());
        List<Long> sessions = savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions().stream()
                .map(s -> s.id())
                .toList();
        open(sessions.get(0), circle);
        for (long member : circle) {
            savings.bookings()
                    .bookDeposit(
                            sessions.get(0),
                            member,
                            member == yvonne ? "40" : "20",
                            savings.bookings().newIdempotencyKey());
        }

        navigate("bijeenkomst/" + sessions.get(0));
        click("request-loan");
        choose("loan-member", yvonne);
        assertThat(text("loan-room")).contains("€ 40,00").contains("€ 120,00");
        type("loan-amount", "60");
        type("loan-weeks", 8);
        type("loan-purpose", "Schoolspullen");
        click("save-loan-request");
        long loanId = only(loans.loans(world.groupA())).loanId();
        assertThat(status(world)).isEqualTo(LoanStatus.REQUESTED);

        click("loan-action-" + loanId);
        type("tally-for", 6);
        type("tally-against", 1);
        type("tally-abstain", 1);
        // 60,00 x 2% x 2 = 2,40 interest, shown before the group decides.
        assertThat(text("loan-interest-note")).contains("€ 2,40");
        click("save-decision");
        assertThat(status(world)).isEqualTo(LoanStatus.APPROVED);

        click("loan-action-" + loanId);
        assertThat(text("shown-amount")).isEqualTo("€ 60,00");
        click("confirm-seen");
        assertThat(status(world)).isEqualTo(LoanStatus.DISBURSED);

        repay(loanId, "20");
        savings.sessions()
                .closeSession(
                        sessions.get(0),
                        savings.records().meeting(sessions.get(0)).expectedBox().toInputText());

        open(sessions.get(1), circle);
        navigate("bijeenkomst/" + sessions.get(1));
        repay(loanId, "12,40");
        // Owed 62,40 - 20,00 - 12,40 = 30,00.
        assertThat(only(loans.loans(world.groupA())).owed()).isEqualTo(Money.euros(30));

        click("to-share-out");
        Money box = savings.records().meeting(sessions.get(1)).expectedBox();
        type("share-out-counted", box.toInputText());
        click("fix-share-out");
        for (long member : circle) {
            click("pay-" + member);
            click("confirm-seen");
        }
        assertThat(text("share-out-state")).contains("Alle potjes");
        assertThat(status(world)).isEqualTo(LoanStatus.SETTLED);
        type("counted-cash", "0");
        click("close-session");

        navigate("groepen/" + world.groupA());
        choose("loans-member", "Samira");
        assertThat(_find(Div.class, spec -> spec.withId("loan-" + loanId))).isEmpty();
        choose("loans-member", "Yvonne");
        assertThat(allText("loan-" + loanId)).contains("Betaald uit haar pot");
        click("close-cycle");
        CycleOverview closed = savings.cycles().currentCycle(world.groupA()).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(savings.records().cycleJournal(world.groupA()))
                .filteredOn(e -> e.kind() == EntryKind.PAYOUT)
                .hasSize(8);
        click("start-cycle");
        click("save-cycle");
        CycleOverview next = savings.cycles().currentCycle(world.groupA()).orElseThrow();
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.continued()).isTrue();
        assertThat(next.rules().defaultInterestBp()).isEqualTo(200);
        assertThat(allText("savings")).contains("Vervolg op de vorige spaarronde");
    }

    /** Everyone is there; Samira chairs, Fatma writes, Anja and Gloria count. */
    private void open(long sessionId, TestWorld.Circle circle) {
        circle.forEach(m -> savings.sessions().markAttendance(sessionId, m, AttendanceStatus.PRESENT));
        savings.sessions()
                .openSession(
                        sessionId,
                        new SessionRoles(
                                circle.member("Samira"),
                                circle.member("Fatma"),
                                circle.member("Anja"),
                                circle.member("Gloria")));
    }

    private static void repay(long loanId, String amount) {
        click("loan-action-" + loanId);
        keypad(amount);
        click("show-amount");
        click("confirm-seen");
    }

    private LoanStatus status(TestWorld.World world) {
        return only(loans.loans(world.groupA())).status();
    }

    private static LoanLine only(List<LoanLine> lines) {
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
