package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.security.AccountRow;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.Role;

/**
 * Another role for an account, from the roles the user may give it (never above her own). Her
 * open sessions work with the new role from their next click.
 */
class RoleDialog extends Dialog {

    RoleDialog(AccountService service, AccountRow account, Runnable onChanged) {
        setHeaderTitle(getTranslation("accounts.role.title", account.displayName()));
        Paragraph now = new Paragraph(getTranslation(
                "accounts.role.now", getTranslation("role." + account.role().name())));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role.new"));
        role.setItems(account.rolesToGive());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("new-role");
        Paragraph hint = new Paragraph(getTranslation("accounts.role.hint"));
        hint.addClassName("hint");
        FieldErrors errors = new FieldErrors(this).bind("role", role);
        add(now, role, hint);
        Button save = new Button(getTranslation("accounts.role.save"), click -> {
            if (role.getValue() == null) {
                errors.show(InvalidInputException.of("role", "error.required"));
                return;
            }
            if (errors.attempt(() -> service.changeRole(account.id(), role.getValue()))) {
                close();
                onChanged.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-role");
        DialogButtons.cancelAnd(this, save);
    }
}
