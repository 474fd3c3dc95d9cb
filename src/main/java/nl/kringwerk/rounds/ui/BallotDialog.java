package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.kringwerk.base.domain.Percent;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.ui.MeetingContext;

/**
 * Before the secret ballot, the chair fixes what is voted on: the interest and how it is paid back.
 * The ballot's totals then decide the loan as a count by show of hands would.
 */
class BallotDialog extends Dialog {

    BallotDialog(SecretRoundService rounds, MeetingContext meeting, LoanLine loan, int defaultInterestBp) {
        setHeaderTitle(getTranslation("round.ballot.title", loan.memberName()));
        Paragraph question = new Paragraph(getTranslation(
                "loan.decide.question", loan.memberName(), loan.principal().format(), loan.weeks()));
        question.addClassName("big-question");
        Span how = new Span(getTranslation("round.ballot.how"));
        how.addClassName("hint");
        TextField interest = new TextField(getTranslation("loan.decide.interest"));
        interest.setSuffixComponent(new Span("%"));
        interest.setValue(Percent.format(defaultInterestBp));
        interest.setId("ballot-interest");
        RadioButtonGroup<RepaymentPlan> plan = new RadioButtonGroup<>(getTranslation("loan.decide.plan"));
        plan.setItems(RepaymentPlan.values());
        plan.setItemLabelGenerator(p -> getTranslation("repayment-plan." + p.name()));
        plan.setValue(RepaymentPlan.AT_END);
        plan.setId("ballot-plan");
        FieldErrors errors = new FieldErrors(this).bind("interest", interest);
        VerticalLayout content = new VerticalLayout(question, interest, plan, how);
        content.setPadding(false);
        add(content);
        Button start = new Button(getTranslation("round.ballot.go"), click -> {
            long[] opened = new long[1];
            if (errors.attempt(() -> opened[0] =
                    rounds.openLoanBallot(meeting.sessionId(), loan.loanId(), interest.getValue(), plan.getValue()))) {
                close();
                RoundScreen.open(opened[0]);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("ballot-start");
        DialogButtons.cancelAnd(this, start);
        setWidth("min(40rem, 96vw)");
    }
}
