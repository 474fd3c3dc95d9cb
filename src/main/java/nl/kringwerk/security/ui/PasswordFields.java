package nl.kringwerk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;

/** The two fields for a new password, with the rule in plain words next to them. */
final class PasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    PasswordFields(Component owner) {
        password.setLabel(owner.getTranslation("password.new"));
        password.setHelperText(owner.getTranslation("password.rule"));
        password.setId("new-password");
        password.setRevealButtonVisible(true);
        repeat.setLabel(owner.getTranslation("password.repeat"));
        repeat.setId("repeat-password");
    }
}
