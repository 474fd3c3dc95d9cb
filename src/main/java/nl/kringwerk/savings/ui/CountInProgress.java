package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An amount shown to the group and not yet answered, kept in the browser tab (sessionStorage) until
 * "Ja, gezien" is answered or "Nee" pressed. When the screen is lost in between (the app restarts, the
 * tablet reloads the page), nothing is booked half: only "Ja, gezien" books, in one transaction. The
 * meeting screen that comes back finds the count here and says what became of it (see
 * {@code MeetingView}): booked, when the group's "yes" reached the server, or not, and to count again.
 * The tab keeps only what the group saw (name, amount) and the confirmation's key.
 */
final class CountInProgress {

    static final String STORAGE_KEY = "kringwerk.count-in-progress";

    /** The count this UI has on screen now: one found in the tab under another key was left behind. */
    private record OnScreen(String key) {}

    /** What the tab kept of a count it lost. */
    record LeftBehind(long sessionId, String key, String name, String label, String amount) {}

    private CountInProgress() {}

    static void remember(UI ui, long sessionId, String key, String name, String label, String amount) {
        ComponentUtil.setData(ui, OnScreen.class, new OnScreen(key));
        ui.getPage()
                .executeJs(
                        "sessionStorage.setItem($0, JSON.stringify({session: $1, key: $2, name: $3, label: $4,"
                                + " amount: $5}))",
                        STORAGE_KEY,
                        String.valueOf(sessionId),
                        key,
                        name,
                        label,
                        amount);
    }

    static void answered(UI ui) {
        ComponentUtil.setData(ui, OnScreen.class, null);
        forget(ui);
    }

    /** Hands over a count of this session that the tab kept and no screen of this UI has on it. */
    static void findLeftBehind(UI ui, long sessionId, Consumer<LeftBehind> found) {
        ui.getPage()
                .executeJs(
                        "try { return JSON.parse(sessionStorage.getItem($0)); } catch (e) { return null; }",
                        STORAGE_KEY)
                .then(JsonValue.class, kept -> {
                    if (kept == null || kept.getType() != JsonType.OBJECT) {
                        return;
                    }
                    JsonObject count = (JsonObject) kept;
                    if (!String.valueOf(sessionId).equals(count.getString("session"))) {
                        return; // another session's: its own meeting screen says it
                    }
                    OnScreen onScreen = ComponentUtil.getData(ui, OnScreen.class);
                    String key = count.getString("key");
                    if (onScreen != null && Objects.equals(onScreen.key(), key)) {
                        return;
                    }
                    forget(ui);
                    found.accept(new LeftBehind(
                            sessionId,
                            key,
                            count.getString("name"),
                            count.getString("label"),
                            count.getString("amount")));
                });
    }

    private static void forget(UI ui) {
        ui.getPage().executeJs("sessionStorage.removeItem($0)", STORAGE_KEY);
    }
}
