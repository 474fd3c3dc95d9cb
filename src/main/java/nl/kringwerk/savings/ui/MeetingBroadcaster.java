package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Keeps the devices of one session in step (the bookkeeper's tablet, the TV turned to the group)
 * with server push. Each listener runs inside its own UI's lock and as the user who opened that
 * screen: {@link UI#access} may run it at once on the sending device's thread, and the services
 * decide what a screen may see by the security context of the thread that asks.
 */
@Component
class MeetingBroadcaster {

    private final GroupService groups;
    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    MeetingBroadcaster(GroupService groups) {
        this.groups = groups;
    }

    /**
     * Called while the screen's own user is signed in (on attach): that user's security context is
     * kept for every later event. Once the user may no longer see the group, the screen hears no
     * more events and {@code onRefused} runs instead.
     */
    Registration register(long sessionId, long groupId, UI ui, Consumer<MeetingEvent> onEvent, Runnable onRefused) {
        Listener listener = new Listener(ui, groupId, SecurityContextHolder.getContext(), onEvent, onRefused);
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sessionId, List.of()).remove(listener);
    }

    /** Tells every other device of the session; the sending UI updates itself. */
    void publish(long sessionId, UI from, MeetingEvent event) {
        List<Listener> ofSession = listeners.getOrDefault(sessionId, List.of());
        for (Listener listener : ofSession) {
            if (listener.ui != from) {
                listener.ui.access(() -> deliver(ofSession, listener, event));
            }
        }
    }

    private void deliver(List<Listener> ofSession, Listener listener, MeetingEvent event) {
        if (!ofSession.contains(listener)) {
            return; // refused or closed while this event waited for its UI
        }
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext before = holder.getContext();
        // Vaadin's session-aware holder (see SecurityConfiguration) answers here from the screen's
        // own HTTP session, usually the very context kept at registration. Then nothing is written,
        // so no thread (perhaps a pooled push thread) is left holding a context it never had.
        boolean switched = before != listener.context;
        if (switched) {
            holder.setContext(listener.context);
        }
        try {
            // Checked for every event, not only for those that reread: an amount shown is data too.
            groups.requireAccess(listener.groupId);
            listener.onEvent.accept(event);
        } catch (NotFoundOrNotAllowedException e) {
            ofSession.remove(listener);
            listener.onRefused.run();
        } finally {
            if (switched) {
                holder.setContext(before);
            }
        }
    }

    private record Listener(
            UI ui, long groupId, SecurityContext context, Consumer<MeetingEvent> onEvent, Runnable onRefused) {}
}
