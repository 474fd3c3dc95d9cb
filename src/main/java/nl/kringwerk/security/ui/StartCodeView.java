package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.base.ui.LanguageSwitch;
import nl.kringwerk.security.StartCodeService;

/** The first time: type the start code from the card and choose your own password. */
@Route(value = "startcode", autoLayout = false)
@AnonymousAllowed
public class StartCodeView extends VerticalLayout implements HasDynamicTitle {

    StartCodeView(StartCodeService service) {
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        TextField code = new TextField(getTranslation("start-code.page.code"));
        code.setId("code");
        code.setHelperText(getTranslation("start-code.page.code-help"));
        PasswordFields fields = new PasswordFields(this);
        FieldErrors errors = new FieldErrors(this)
                .bind("code", code)
                .bind("password", fields.password)
                .bind("repeat", fields.repeat);
        Div done = new Div();
        done.setId("start-code-done");
        FormLayout form = new FormLayout(code, fields.password, fields.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        Button save = new Button(getTranslation("start-code.page.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("use-start-code");
        save.addClickListener(click -> {
            String[] username = new String[1];
            if (errors.attempt(() -> username[0] =
                    service.redeemStartCode(code.getValue(), fields.password.getValue(), fields.repeat.getValue()))) {
                form.setVisible(false);
                save.setVisible(false);
                Span name = new Span(username[0]);
                name.addClassName("code");
                name.setId("your-username");
                done.add(
                        new Paragraph(getTranslation("start-code.page.saved")),
                        new Div(new Span(getTranslation("start-code.dialog.username") + " "), name),
                        new Anchor("login", getTranslation("start-code.page.to-login")));
            }
        });
        Paragraph intro = new Paragraph(getTranslation("start-code.page.intro"));
        add(new LanguageSwitch(), new H1(getTranslation("start-code.page.title")), intro, form, save, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start-code.page.title") + " · " + getTranslation("app.name");
    }
}
