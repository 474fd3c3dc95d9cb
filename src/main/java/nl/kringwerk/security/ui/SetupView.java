package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.base.ui.LanguageSwitch;
import nl.kringwerk.security.FirstSetup;

/**
 * A fresh installation: the operator types the setup code from the server log and makes the first
 * administrator. Once any account exists this page is "not found".
 */
@Route(value = "inrichten", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstSetup setup;

    SetupView(FirstSetup setup) {
        this.setup = setup;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        TextField code = new TextField(getTranslation("setup.code"));
        code.setId("setup-code");
        TextField displayName = new TextField(getTranslation("accounts.field.name"));
        displayName.setId("setup-name");
        TextField username = new TextField(getTranslation("accounts.field.username"));
        username.setId("setup-username");
        username.setValue("admin");
        PasswordFields fields = new PasswordFields(this);
        FieldErrors errors = new FieldErrors(this)
                .bind("code", code)
                .bind("displayName", displayName)
                .bind("username", username)
                .bind("password", fields.password)
                .bind("repeat", fields.repeat);
        FormLayout form = new FormLayout(code, displayName, username, fields.password, fields.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        Button save = new Button(getTranslation("setup.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("create-admin");
        save.addClickListener(click -> {
            if (errors.attempt(() -> setup.createAdministrator(
                    code.getValue(),
                    username.getValue(),
                    displayName.getValue(),
                    fields.password.getValue(),
                    fields.repeat.getValue()))) {
                form.setVisible(false);
                save.setVisible(false);
                Paragraph done = new Paragraph(getTranslation("setup.done"));
                done.setId("setup-done");
                add(done, new Anchor("login", getTranslation("start-code.page.to-login")));
            }
        });
        add(
                new LanguageSwitch(),
                new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation("setup.intro")),
                form,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isOpen()) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
