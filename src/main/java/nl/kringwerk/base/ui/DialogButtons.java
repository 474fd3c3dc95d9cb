package nl.kringwerk.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The footer every Kringwerk dialog has: a large "Annuleren" that changes nothing, then the action. */
public final class DialogButtons {

    private DialogButtons() {}

    public static void cancelAnd(Dialog dialog, Button action) {
        Button cancel = new Button(dialog.getTranslation("action.cancel"), click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(cancel, action);
    }
}
