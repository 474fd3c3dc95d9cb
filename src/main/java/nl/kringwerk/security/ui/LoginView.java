package nl.kringwerk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.ui.LanguageSwitch;
import nl.kringwerk.security.SignInHints;
import org.springframework.beans.factory.ObjectProvider;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<SignInHints> hints) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.START);

        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div panels = new Div(form);
        panels.addClassName("login-panels");
        hints.ifAvailable(h -> panels.add(demoAccounts(h.hints())));
        add(new LanguageSwitch(), name, tagline, panels);
        add(startCodeLink());
    }

    /** For a first login: the start code from the card (see StartCodeView). */
    private Anchor startCodeLink() {
        Anchor link = new Anchor("startcode", getTranslation("login.start-code"));
        link.setId("to-start-code");
        return link;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private Div demoAccounts(List<SignInHints.Hint> hints) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        box.add(new H2(getTranslation("login.demo.title")), new Paragraph(getTranslation("login.demo.text")));
        for (SignInHints.Hint hint : hints) {
            Div row = new Div(new Span(getTranslation(hint.roleKey())), code(hint.username()), code(hint.password()));
            row.addClassName("demo-account");
            box.add(row);
        }
        return box;
    }

    private static Span code(String text) {
        Span span = new Span(text);
        span.addClassName("code");
        return span;
    }

    /**
     * Why the last try was refused, as the login door reports it (security/login): a wrong username
     * or password (one answer for both), too many tries, the accounts cannot be read right now, or
     * the page was open longer than its session.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> reason =
                event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = i18n();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (reason.containsKey("locked")) {
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message", minutes(reason.get("locked"))));
        } else if (reason.containsKey("unavailable")) {
            error.setTitle(getTranslation("login.unavailable.title"));
            error.setMessage(getTranslation("login.unavailable.message"));
        } else if (reason.containsKey("expired")) {
            error.setTitle(getTranslation("login.expired.title"));
            error.setMessage(getTranslation("login.expired.message"));
        } else if (!reason.containsKey("error")) {
            return;
        }
        form.setI18n(i18n);
        form.setError(true);
    }

    /** The wait the server put in the address, read as a number only (1 to 60 minutes). */
    private static int minutes(List<String> values) {
        try {
            return Math.max(1, Math.min(60, Integer.parseInt(values.isEmpty() ? "" : values.get(0))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
