package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Percent;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.domain.InterestRate;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;

/**
 * The chair puts a request to the group and records the outcome: how many for, against and
 * abstained (never who), the interest for this loan and how it is paid back.
 */
class LoanDecisionDialog extends Dialog {

    private final RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>();
    private final IntegerField inFavour = count("loan.tally.for", "tally-for");
    private final IntegerField against = count("loan.tally.against", "tally-against");
    private final IntegerField abstained = count("loan.tally.abstain", "tally-abstain");
    private final TextField interest = new TextField();
    private final Span interestNote = new Span();
    private final RadioButtonGroup<RepaymentPlan> plan = new RadioButtonGroup<>();

    LoanDecisionDialog(LoanService loans, long sessionId, LoanLine loan, int defaultInterestBp, Runnable onDecided) {
        setHeaderTitle(getTranslation("loan.decide.title", loan.memberName()));
        Paragraph question = new Paragraph(getTranslation(
                "loan.decide.question", loan.memberName(), loan.principal().format(), loan.weeks()));
        question.addClassName("big-question");
        Span secret = new Span(getTranslation("loan.tally.help"));
        secret.addClassName("hint");
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(yes -> getTranslation(yes ? "loan.decide.approve" : "loan.decide.decline"));
        outcome.setValue(true);
        outcome.setId("loan-outcome");
        interest.setLabel(getTranslation("loan.decide.interest"));
        interest.setSuffixComponent(new Span("%"));
        interest.setValue(Percent.format(defaultInterestBp));
        interest.setId("loan-interest");
        interest.setValueChangeMode(ValueChangeMode.EAGER);
        interest.addValueChangeListener(e -> explainInterest(loan));
        interestNote.addClassName("hint");
        interestNote.setId("loan-interest-note");
        plan.setLabel(getTranslation("loan.decide.plan"));
        plan.setItems(RepaymentPlan.values());
        plan.setItemLabelGenerator(p -> getTranslation("repayment-plan." + p.name()));
        plan.setValue(RepaymentPlan.AT_END);
        plan.setId("loan-plan");
        outcome.addValueChangeListener(e -> {
            interest.setVisible(e.getValue());
            interestNote.setVisible(e.getValue());
            plan.setVisible(e.getValue());
        });
        explainInterest(loan);
        FieldErrors errors = new FieldErrors(this)
                .bind("tally", inFavour)
                .bind("interest", interest)
                .bind("plan", plan);
        FormLayout votes = new FormLayout(inFavour, against, abstained);
        votes.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
        VerticalLayout content = new VerticalLayout(question, votes, secret, outcome, interest, interestNote, plan);
        content.setPadding(false);
        add(content);

        Button save = new Button(getTranslation("action.save"), click -> {
            if (errors.attempt(() -> loans.decide(
                    sessionId,
                    loan.loanId(),
                    new LoanDecision(
                            outcome.getValue(),
                            new Tally(value(inFavour), value(against), value(abstained)),
                            interest.getValue(),
                            plan.getValue())))) {
                close();
                onDecided.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-decision");
        DialogButtons.cancelAnd(this, save);
        setWidth("min(40rem, 96vw)");
    }

    /** Shows the interest in euros for the whole term, and warns (without stopping) above 10%. */
    private void explainInterest(LoanLine loan) {
        try {
            InterestRate rate = InterestRate.parsePercent(interest.getValue());
            var total = rate.interestFor(loan.principal(), loan.weeks());
            String text = getTranslation(
                    "loan.decide.interest-total",
                    total.format(),
                    loan.principal().plus(total).format());
            interestNote.setText(
                    rate.deservesAWarning() ? text + " " + getTranslation("loan.decide.interest-warning") : text);
            interestNote.getElement().getClassList().set("warning", rate.deservesAWarning());
            interest.setInvalid(false);
        } catch (InvalidInputException e) {
            interestNote.setText("");
        }
    }

    private IntegerField count(String label, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setValue(0);
        field.setId(id);
        return field;
    }

    /** An empty field counts as 0; a negative number is refused by the service. */
    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
