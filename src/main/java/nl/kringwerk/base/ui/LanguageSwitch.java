package nl.kringwerk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.kringwerk.base.i18n.Translations;

/** NL | EN. The choice lasts for the session; Dutch is the default. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        setSpacing(false);
        addClassName("language-switch");
        add(button("NL", Translations.DUTCH), button("EN", Translations.ENGLISH));
    }

    private Button button(String label, Locale locale) {
        Button button = new Button(label, click -> {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        button.setId("lang-" + locale.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        boolean current = getLocale() != null && getLocale().getLanguage().equals(locale.getLanguage());
        if (current) {
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.getElement().setAttribute("aria-current", "true");
        }
        return button;
    }
}
