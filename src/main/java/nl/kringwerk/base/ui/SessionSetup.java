package nl.kringwerk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.kringwerk.base.DatabaseOutage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dutch by default, whatever the browser says, and the page says so ({@code <html lang>}); and no
 * stack trace ever reaches the screen. A database that is away says so ({@link DatabaseOutage}); the
 * step can be tried again.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(Translations.DUTCH);
            init.getSession().setErrorHandler(SessionSetup::showError);
        });
        // Vaadin would pick the browser's language for each new UI; the session's choice wins.
        // The texts for a dropped connection follow it (issue 19).
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(init.getUI().getSession().getLocale());
            ConnectionLoss.configure(init.getUI());
        });
        // Vaadin writes the browser's language into <html lang> (or the first one Kringwerk offers);
        // screen readers and hyphenation need the session's.
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = response.getUI()
                    .map(UI::getLocale)
                    .orElse(session == null ? Translations.DUTCH : session.getLocale());
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
    }

    private static void showError(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof NotFoundOrNotAllowedException)) {
            cause = cause.getCause();
        }
        boolean notYours = cause instanceof NotFoundOrNotAllowedException;
        boolean databaseAway = !notYours && DatabaseOutage.isCause(event.getThrowable());
        if (databaseAway) {
            log.warn("The database is away: {}", event.getThrowable().toString());
        } else if (!notYours) {
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String key = notYours
                    ? "error.not-found-or-not-allowed"
                    : databaseAway ? DatabaseOutage.MESSAGE_KEY : "error.unexpected";
            Notification n = Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
