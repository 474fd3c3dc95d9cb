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

    /**
     * The whole message in large type, above everything, also above an open counting dialog: Vaadin's
     * own look is an 8-pixel strip at the top that opens on hover. Added after Vaadin's own style
     * element, so it wins.
     */
    static final String STYLE = "vaadin-connection-indicator[offline] .v-status-message,"
            + " vaadin-connection-indicator[reconnecting] .v-status-message {"
            + " z-index: 100000; max-height: none; font-size: 1.125rem; line-height: 1.4;"
            + " padding: 0.75em 1em; white-space: normal; transition: none; }";

    private ConnectionLoss() {}

    /** The texts in the UI's language, and the attempts. */
    public static void configure(UI ui) {
        ReconnectDialogConfiguration dialog = ui.getReconnectDialogConfiguration();
        dialog.setDialogText(ui.getTranslation("connection.reconnecting"));
        dialog.setDialogTextGaveUp(ui.getTranslation("connection.gave-up"));
        dialog.setReconnectInterval(INTERVAL_MS);
        dialog.setReconnectAttempts(ATTEMPTS);
        ui.getPage()
                .executeJs(
                        "if (!document.getElementById('kringwerk-connection-loss')) {"
                                + " const s = document.createElement('style'); s.id = 'kringwerk-connection-loss';"
                                + " s.textContent = $0; document.head.appendChild(s); }",
                        STYLE);
    }
}
