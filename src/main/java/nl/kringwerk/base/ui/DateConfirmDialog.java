package nl.kringwerk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Asks for one date and a confirmation, for steps that end something (a member leaves, a group
 * ends). The dialog stays open with the message next to the date when the service refuses.
 */
public class DateConfirmDialog extends Dialog {

    private final DatePicker date;
    private final FieldErrors errors = new FieldErrors(this);

    public DateConfirmDialog(
            String title,
            String explanation,
            String dateLabel,
            String field,
            LocalDate initial,
            String confirmLabel,
            Consumer<LocalDate> action) {
        setHeaderTitle(title);
        date = Dates.picker(dateLabel, getLocale());
        date.setValue(initial);
        date.setWidthFull();
        date.setId("confirm-date");
        errors.bind(field, date);
        add(new Paragraph(explanation), date);
        Button confirm = new Button(confirmLabel, click -> {
            if (errors.attempt(() -> action.accept(date.getValue()))) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-date-button");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
