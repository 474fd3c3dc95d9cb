package nl.kringwerk.loans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.InterestShare;
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
        List<Long> members = testWorld.circleOfEight(world);
        long yvonne = members.get(4);
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        new CycleRules(
                                LocalDate.now().minusWeeks(1),
                                LocalDate.now().plusMonths(4),
                                Frequency.WEEKLY,
                                null,
                                Money.euros(250),
                                200,
                                3,
                                16,
                                false,
                                InterestShare.BY_SAVINGS));
        List<Long> sessions = savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions().stream()
                .map(s -> s.id())
                .toList();
        open(sessions.get(0), members);
        for (long member : members) {
            savings.bookings()
                    .bookDeposit(
                            sessions.get(0),
                            member,
                            member == yvonne ? "40" : "20",
                            savings.bookings().newIdempotencyKey());
        }

        navigate("bijeenkomst/" + sessions.get(0));
        click("request-loan");
        @SuppressWarnings("unchecked")
        ComboBox<Long> who = _get(ComboBox.class, spec -> spec.withId("loan-member"));
        _setValue(who, yvonne);
        assertThat(_get(Span.class, spec -> spec.withId("loan-room")).getText())
                .contains("€ 40,00")
                .contains("€ 120,00");
        _setValue(_get(TextField.class, spec -> spec.withId("loan-amount")), "60");
        _setValue(_get(IntegerField.class, spec -> spec.withId("loan-weeks")), 8);
        _setValue(_get(TextArea.class, spec -> spec.withId("loan-purpose")), "Schoolspullen");
        click("save-loan-request");
        long loanId = only(loans.loans(world.groupA())).loanId();
        assertThat(status(world)).isEqualTo(LoanStatus.REQUESTED);

        click("loan-action-" + loanId);
        _setValue(_get(IntegerField.class, spec -> spec.withId("tally-for")), 6);
        _setValue(_get(IntegerField.class, spec -> spec.withId("tally-against")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withId("tally-abstain")), 1);
        // 60,00 x 2% x 2 = 2,40 interest, shown before the group decides.
        assertThat(_get(Span.class, spec -> spec.withId("loan-interest-note")).getText())
                .contains("€ 2,40");
        click("save-decision");
        assertThat(status(world)).isEqualTo(LoanStatus.APPROVED);

        click("loan-action-" + loanId);
        assertThat(_get(Span.class, spec -> spec.withId("shown-amount")).getText())
                .isEqualTo("€ 60,00");
        click("confirm-seen");
        assertThat(status(world)).isEqualTo(LoanStatus.DISBURSED);

        repay(loanId, "20");
        savings.sessions()
                .closeSession(
                        sessions.get(0),
                        savings.records().meeting(sessions.get(0)).expectedBox().toInputText());

        open(sessions.get(1), members);
        navigate("bijeenkomst/" + sessions.get(1));
        repay(loanId, "12,40");
        // Owed 62,40 - 20,00 - 12,40 = 30,00.
        assertThat(only(loans.loans(world.groupA())).owed()).isEqualTo(Money.euros(30));

        click("to-share-out");
        Money box = savings.records().meeting(sessions.get(1)).expectedBox();
        _setValue(_get(TextField.class, spec -> spec.withId("share-out-counted")), box.toInputText());
        click("fix-share-out");
        for (long member : members) {
            click("pay-" + member);
            click("confirm-seen");
        }
        assertThat(_get(Span.class, spec -> spec.withId("share-out-state")).getText())
                .contains("Alle potjes");
        assertThat(status(world)).isEqualTo(LoanStatus.SETTLED);
        _setValue(_get(TextField.class, spec -> spec.withId("counted-cash")), "0");
        click("close-session");

        navigate("groepen/" + world.groupA());
        @SuppressWarnings("unchecked")
        Select<String> perMember = _get(Select.class, spec -> spec.withId("loans-member"));
        _setValue(perMember, "Samira");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withId("loan-" + loanId)))
                .isEmpty();
        _setValue(perMember, "Yvonne");
        assertThat(_get(Div.class, spec -> spec.withId("loan-" + loanId))
                        .getElement()
                        .getTextRecursively())
                .contains("Verrekend bij uitbetaling");
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
        assertThat(_get(Component.class, spec -> spec.withId("savings"))
                        .getElement()
                        .getTextRecursively())
                .contains("Vervolg op de vorige cyclus");
    }

    private void open(long sessionId, List<Long> members) {
        members.forEach(m -> savings.sessions().markAttendance(sessionId, m, AttendanceStatus.PRESENT));
        savings.sessions()
                .openSession(
                        sessionId, new SessionRoles(members.get(0), members.get(1), members.get(2), members.get(3)));
    }

    private static void repay(long loanId, String amount) {
        click("loan-action-" + loanId);
        for (char c : amount.toCharArray()) {
            _click(_get(Button.class, spec -> spec.withId("key-" + (c == ',' ? "comma" : String.valueOf(c)))));
        }
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

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }
}
