package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.SavingsService;
import nl.kringwerk.base.ui.DialogButtons;

/** Undo a booking openly: a reversal with a reason. The original stays visible, marked as reversed. */
class ReverseDialog extends Dialog {

    ReverseDialog(MeetingContext meeting, EntryLine entry) {
        setHeaderTitle(getTranslation("reverse.title"));
        String key = meeting.savings().newIdempotencyKey();
        TextArea reason = new TextArea(getTranslation("reverse.reason"));
        reason.setMaxLength(SavingsService.MAX_REASON + 20);
        reason.setWidthFull();
        reason.setId("reverse-reason");
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        add(new Paragraph(getTranslation("reverse.text", CountingRound.describe(this, entry),
                entry.memberName() == null ? "" : entry.memberName(), entry.amount().format())), reason);
        Button confirm = new Button(getTranslation("reverse.confirm"), click -> {
            if (errors.attempt(() -> meeting.savings().reverse(meeting.sessionId(), entry.id(), reason.getValue(), key))) {
                close();
                meeting.changed().run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        confirm.setId("confirm-reverse");
        DialogButtons.cancelAnd(this, confirm);
        setWidth("min(36rem, 96vw)");
    }
}
