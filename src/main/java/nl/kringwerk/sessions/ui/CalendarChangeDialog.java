package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.sessions.domain.CalendarChange;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.service.CalendarService;
import org.jspecify.annotations.Nullable;

/** Moving one session to another day, or letting it lapse: always with a reason the group can read. */
final class CalendarChangeDialog extends Dialog {

    private CalendarChangeDialog(String title, @Nullable DatePicker day, TextArea reason, Button action) {
        setHeaderTitle(title);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (day != null) {
            content.add(day);
        }
        content.add(reason);
        add(content);
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        DialogButtons.cancelAnd(this, action);
        setWidth("min(32rem, 96vw)");
    }

    static CalendarChangeDialog move(CalendarService calendar, long groupId, CalendarEntry entry, Runnable done) {
        DatePicker day = Dates.picker("", UI.getCurrent().getLocale());
        TextArea reason = reason();
        Button save = new Button();
        CalendarChangeDialog dialog = new CalendarChangeDialog("", day, reason, save);
        dialog.setHeaderTitle(
                dialog.getTranslation("calendar.move-title", Dates.format(entry.date(), dialog.getLocale())));
        day.setLabel(dialog.getTranslation("calendar.new-date"));
        day.setId("new-date");
        reason.setLabel(dialog.getTranslation("calendar.reason"));
        save.setText(dialog.getTranslation("calendar.move"));
        save.setId("save-move");
        FieldErrors errors = new FieldErrors(dialog).bind("date", day).bind("reason", reason);
        save.addClickListener(click -> {
            if (errors.attempt(() -> calendar.move(groupId, entry.sessionId(), day.getValue(), reason.getValue()))) {
                dialog.close();
                done.run();
            }
        });
        return dialog;
    }

    static CalendarChangeDialog cancel(CalendarService calendar, long groupId, CalendarEntry entry, Runnable done) {
        TextArea reason = reason();
        Button save = new Button();
        CalendarChangeDialog dialog = new CalendarChangeDialog("", null, reason, save);
        dialog.setHeaderTitle(
                dialog.getTranslation("calendar.cancel-title", Dates.format(entry.date(), dialog.getLocale())));
        reason.setLabel(dialog.getTranslation("calendar.reason"));
        save.setText(dialog.getTranslation("calendar.cancel"));
        save.setId("save-cancel");
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FieldErrors errors = new FieldErrors(dialog).bind("reason", reason);
        save.addClickListener(click -> {
            if (errors.attempt(() -> calendar.cancel(groupId, entry.sessionId(), reason.getValue()))) {
                dialog.close();
                done.run();
            }
        });
        return dialog;
    }

    private static TextArea reason() {
        TextArea reason = new TextArea();
        reason.setMaxLength(CalendarChange.MAX_REASON + 20);
        reason.setWidthFull();
        reason.setId("change-reason");
        return reason;
    }
}
