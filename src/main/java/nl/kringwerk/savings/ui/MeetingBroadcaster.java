package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Keeps the devices of one session in step (the bookkeeper's tablet, the TV turned to the group)
 * with server push. Each listener is run inside its own UI's lock.
 */
@Component
class MeetingBroadcaster {

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    Registration register(long sessionId, UI ui, Consumer<MeetingEvent> onEvent) {
        Listener listener = new Listener(ui, onEvent);
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sessionId, List.of()).remove(listener);
    }

    /** Tells every other device of the session; the sending UI updates itself. */
    void publish(long sessionId, UI from, MeetingEvent event) {
        for (Listener listener : listeners.getOrDefault(sessionId, List.of())) {
            if (listener.ui != from) {
                listener.ui.access(() -> listener.onEvent.accept(event));
            }
        }
    }

    private record Listener(UI ui, Consumer<MeetingEvent> onEvent) {}
}
