package nl.kringwerk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The footer every Kringwerk dialog has: a large "Annuleren" that changes nothing, then the action. */
public final class DialogButtons {

    private DialogButtons() {}

    /** Adds "Annuleren" and the action to the dialog's footer; returns "Annuleren". */
    public static Button cancelAnd(Dialog dialog, Button action) {
        Button cancel = new Button(dialog.getTranslation("action.cancel"), click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(cancel, action);
        return cancel;
    }
}
