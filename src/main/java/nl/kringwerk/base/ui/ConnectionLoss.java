package nl.kringwerk.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/**
 * What the screen says when the connection drops (issue 19): the group carries on on paper, with the
 * evening's paper pack, and nothing is lost. Vaadin 24.9 shows these texts in its connection indicator
 * (the dialog text while it tries again, the "gave up" text after the last attempt).
 *
 * <p>Tuned for the weak wifi of a community centre: a first attempt at once, then one every
 * {@link #INTERVAL_MS} ms, so the screen is back within seconds of the network; and
 * {@link #ATTEMPTS} attempts, so it keeps trying for the whole evening (about two hours) instead of
 * giving up. Vaadin's defaults are 5 seconds and 10,000 attempts. Nothing is sent twice: Vaadin
 * resends what the server did not acknowledge, and every booking carries its own idempotency key.
 */
public final class ConnectionLoss {

    /** Milliseconds between two attempts to reach the server. */
    public static final int INTERVAL_MS = 2_000;

    /** Attempts before the screen gives up: two hours at one every two seconds. */
    public static final int ATTEMPTS = 3_600;

    private ConnectionLoss() {}

    /** The texts in the UI's language, and the attempts. */
    public static void configure(UI ui) {
        ReconnectDialogConfiguration dialog = ui.getReconnectDialogConfiguration();
        dialog.setDialogText(ui.getTranslation("connection.reconnecting"));
        dialog.setDialogTextGaveUp(ui.getTranslation("connection.gave-up"));
        dialog.setReconnectInterval(INTERVAL_MS);
        dialog.setReconnectAttempts(ATTEMPTS);
    }
}
