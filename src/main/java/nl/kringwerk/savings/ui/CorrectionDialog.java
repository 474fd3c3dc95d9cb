package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.service.EntryLine;

/**
 * Undo something booked, openly: reversing entries with a reason. The originals stay visible,
 * marked as reversed. The key is made when the dialog opens, so a double tap books once.
 */
public class CorrectionDialog extends Dialog {

    /** Books the correction with the reason typed and the dialog's idempotency key. */
    public interface Correction {
        void book(String reason, String idempotencyKey);
    }

    /** @param id names the fields: "{id}-reason" and "confirm-{id}" */
    public CorrectionDialog(
            MeetingContext meeting, String title, String text, String confirmLabel, String id, Correction correction) {
        setHeaderTitle(title);
        String key = meeting.savings().bookings().newIdempotencyKey();
        TextArea reason = new TextArea(getTranslation("reverse.reason"));
        reason.setMaxLength(JournalEntry.MAX_REASON + 20);
        reason.setWidthFull();
        reason.setId(id + "-reason");
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        add(new Paragraph(text), reason);
        Button confirm = new Button(confirmLabel, click -> {
            if (errors.attempt(() -> correction.book(reason.getValue(), key))) {
                close();
                meeting.changed().run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        confirm.setId("confirm-" + id);
        DialogButtons.cancelAnd(this, confirm);
        setWidth("min(36rem, 96vw)");
    }

    /** A wrong booking of this session, reversed. */
    static CorrectionDialog reverse(Component owner, MeetingContext meeting, EntryLine entry) {
        return new CorrectionDialog(
                meeting,
                owner.getTranslation("reverse.title"),
                owner.getTranslation(
                        "reverse.text",
                        CountingRound.describe(owner, entry),
                        entry.memberName() == null ? "" : entry.memberName(),
                        entry.amount().format()),
                owner.getTranslation("reverse.confirm"),
                "reverse",
                (reason, key) -> meeting.savings().bookings().reverse(meeting.sessionId(), entry.id(), reason, key));
    }
}
