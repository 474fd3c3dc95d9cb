package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanRoom;
import nl.kringwerk.loans.service.LoanService;

/**
 * A member asks for a loan, through the bookkeeper or a facilitator. What she may ask for is
 * shown as soon as she is chosen, with the note that a loan can matter for a benefit.
 */
class LoanRequestDialog extends Dialog {

    private final ComboBox<Long> member = new ComboBox<>();
    private final TextField amount = new TextField();
    private final IntegerField weeks = new IntegerField();
    private final TextArea purpose = new TextArea();
    private final Span room = new Span();

    /** @param members active members by id, with their names */
    LoanRequestDialog(LoanService loans, long groupId, Map<Long, String> members, Runnable onRequested) {
        setHeaderTitle(getTranslation("loans.request"));
        String key = loans.newIdempotencyKey();
        member.setLabel(getTranslation("loan.field.member"));
        member.setItems(members.keySet());
        member.setItemLabelGenerator(members::get);
        member.setId("loan-member");
        member.addValueChangeListener(e -> showRoom(loans, groupId));
        amount.setLabel(getTranslation("loan.field.amount"));
        amount.setPrefixComponent(new Span("€"));
        amount.setId("loan-amount");
        weeks.setLabel(getTranslation("loan.field.weeks"));
        weeks.setStepButtonsVisible(true);
        weeks.setId("loan-weeks");
        purpose.setLabel(getTranslation("loan.field.purpose"));
        purpose.setMaxLength(LoanService.MAX_PURPOSE + 20);
        purpose.setId("loan-purpose");
        room.addClassName("hint");
        room.setId("loan-room");
        Paragraph benefit = new Paragraph(getTranslation("loan.benefit-note"));
        benefit.addClassName("benefit-note");
        FieldErrors errors = new FieldErrors(this)
                .bind("member", member)
                .bind("amount", amount)
                .bind("weeks", weeks)
                .bind("purpose", purpose);
        FormLayout form = new FormLayout(member, amount, weeks, purpose);
        form.setColspan(purpose, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        VerticalLayout content = new VerticalLayout(form, room, benefit);
        content.setPadding(false);
        add(content);

        Button save = new Button(getTranslation("loan.request.save"), click -> {
            if (member.getValue() == null) {
                member.setErrorMessage(getTranslation("error.required"));
                member.setInvalid(true);
                return;
            }
            if (errors.attempt(() -> loans.request(
                    groupId,
                    new LoanRequest(member.getValue(), amount.getValue(), weeks.getValue(), purpose.getValue()),
                    key))) {
                close();
                onRequested.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-loan-request");
        DialogButtons.cancelAnd(this, save);
        setWidth("min(40rem, 96vw)");
    }

    private void showRoom(LoanService loans, long groupId) {
        if (member.getValue() == null) {
            room.setText("");
            return;
        }
        try {
            LoanRoom r = loans.room(groupId, member.getValue());
            if (weeks.getValue() == null) {
                weeks.setValue(r.maxWeeks());
            }
            String text = getTranslation(
                    "loan.room", r.ownSavings().format(), r.maximum().format(), r.maxWeeks());
            room.setText(r.hasOpenLoan() ? text + " · " + getTranslation("loan.room.open") : text);
        } catch (InvalidInputException e) {
            new FieldErrors(this).show(e);
        }
    }
}
