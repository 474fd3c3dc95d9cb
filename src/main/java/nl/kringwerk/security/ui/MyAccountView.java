package nl.kringwerk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.security.MyAccount;
import nl.kringwerk.security.MyAccountService;

/** Everyone: her own account (name, role, organisation) and a new password. */
@Route("mijn-account")
@Menu(order = 30, icon = "vaadin:user", title = "nav.my-account")
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    MyAccountView(MyAccountService service) {
        addClassName("page");
        MyAccount me = service.myAccount();
        add(new H1(getTranslation("my-account.title")));
        add(fact("my-account.name", me.displayName(), "my-name"));
        add(fact("my-account.username", me.username(), "my-username"));
        add(fact("my-account.role", getTranslation("role." + me.role().name()), "my-role"));
        if (!me.organisationName().isEmpty()) {
            add(fact("my-account.organisation", me.organisationName(), "my-organisation"));
        }
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordFields fields = new PasswordFields(this);
        FieldErrors errors = new FieldErrors(this)
                .bind("currentPassword", current)
                .bind("password", fields.password)
                .bind("repeat", fields.repeat);
        Button save = new Button(getTranslation("password.save"), click -> {
            if (errors.attempt(() -> service.changeOwnPassword(
                    current.getValue(), fields.password.getValue(), fields.repeat.getValue()))) {
                current.clear();
                fields.password.clear();
                fields.repeat.clear();
                Notification.show(getTranslation("password.saved"), 4000, Notification.Position.MIDDLE);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-password");
        FormLayout form = new FormLayout(current, fields.password, fields.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(new H2(getTranslation("password.change")), form, save);
    }

    private Component fact(String key, String value, String id) {
        Div row = new Div(new Span(getTranslation(key) + ": "), new Span(value));
        row.setId(id);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-account.title") + " · " + getTranslation("app.name");
    }
}
