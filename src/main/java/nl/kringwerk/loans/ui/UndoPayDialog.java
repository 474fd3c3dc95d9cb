package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.savings.service.SavingsService;
import nl.kringwerk.savings.ui.MeetingContext;

/** A pot opened by mistake goes back into the box openly: reversing entries with a reason. */
class UndoPayDialog extends Dialog {

    UndoPayDialog(ShareOutService shareOut, MeetingContext meeting, Pot pot) {
        setHeaderTitle(getTranslation("shareout.undo.title", pot.name()));
        String key = meeting.savings().newIdempotencyKey();
        TextArea reason = new TextArea(getTranslation("reverse.reason"));
        reason.setMaxLength(SavingsService.MAX_REASON + 20);
        reason.setWidthFull();
        reason.setId("undo-reason");
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        add(new Paragraph(getTranslation("shareout.undo.text")), reason);
        Button confirm = new Button(getTranslation("shareout.undo"), click -> {
            if (errors.attempt(() -> shareOut.undoPay(meeting.sessionId(), pot.memberId(), reason.getValue(), key))) {
                close();
                meeting.changed().run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        confirm.setId("confirm-undo");
        DialogButtons.cancelAnd(this, confirm);
        setWidth("min(36rem, 96vw)");
    }
}
