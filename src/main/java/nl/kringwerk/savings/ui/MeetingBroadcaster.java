package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.kringwerk.base.cluster.Cluster;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.service.MeetingChanged;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the devices of one session in step (the bookkeeper's tablet, the TV turned to the group)
 * with server push. Each listener runs inside its own UI's lock and as the user who opened that
 * screen: the services decide what a screen may see by the security context of the thread that asks.
 *
 * <p>Issue 22: a booking's new meeting state ({@link MeetingChanged}, computed once in the booking)
 * reaches every screen of the session as one event, which the screen applies without reading the
 * session again. The clicking screen applies it in its own request; every other screen gets it from
 * a small pool of push threads, never inside the clicking request. A screen that vanished (a tablet
 * switched off without closing its tab: no heartbeat for three intervals) is dropped and its UI
 * closed, at its next event or at the sweep every heartbeat interval, so it stops costing within
 * about two minutes.
 *
 * <p>Several instances (issue 22, last part): behind a load balancer with sticky sessions, the
 * bookkeeper's tablet and the group's screen may be served by different instances. Every event also
 * goes to the other instances over the {@link Cluster} (on one machine: nobody), as a
 * {@link RelayedMeetingEvent}; each instance hands it to its own screens of that session. A booking
 * travels as its session id: the receiving instance reads the meeting once from the shared database,
 * inside the first screen's delivery and as that screen's user, and gives every screen that state.
 * The publishing instance does not hear its own event again (its screens had it already).
 */
@Component
class MeetingBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(MeetingBroadcaster.class);

    private final GroupService groups;
    private final Savings savings;
    private final Cluster cluster;
    private final SecurityContextHolderStrategy holder;
    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;
    private final ExecutorService pushThreads;
    private volatile Executor sender;

    MeetingBroadcaster(
            GroupService groups,
            Savings savings,
            Cluster cluster,
            SecurityContextHolderStrategy holder,
            @Value("${kringwerk.meeting.push-threads:2}") int pushThreads,
            @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds) {
        this.groups = groups;
        this.savings = savings;
        this.cluster = cluster;
        this.holder = holder;
        this.pushThreads = pushThreads <= 0
                ? null
                : Executors.newFixedThreadPool(pushThreads, r -> {
                    Thread thread = new Thread(r, "meeting-push");
                    thread.setDaemon(true);
                    return thread;
                });
        // 0 threads: on the sender's thread (the tests' mock Vaadin runs the UI queue itself).
        this.sender = this.pushThreads == null ? Runnable::run : this.pushThreads;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "meeting-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(5, heartbeatSeconds);
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
        cluster.listen(RelayedMeetingEvent.TOPIC, RelayedMeetingEvent.class, this::relayed);
    }

    /**
     * Called while the screen's own user is signed in (on attach): that user's security context is
     * kept for every later event. Once the user may no longer see the group, the screen hears no
     * more events and {@code onRefused} runs instead.
     */
    Registration register(long sessionId, long groupId, UI ui, Consumer<MeetingEvent> onEvent, Runnable onRefused) {
        Listener listener = new Listener(ui, groupId, holder.getContext(), onEvent, onRefused);
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> unregister(sessionId, listener);
    }

    private void unregister(long sessionId, Listener listener) {
        listeners.computeIfPresent(sessionId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** The screens listening to this session now (for tests and the load figures). */
    int listening(long sessionId) {
        return listeners.getOrDefault(sessionId, List.of()).size();
    }

    /** Tells every other device of the session; the sending UI updates itself. */
    void publish(long sessionId, UI from, MeetingEvent event) {
        for (Listener listener : listeners.getOrDefault(sessionId, List.of())) {
            if (listener.ui != from) {
                send(sessionId, listener, () -> event);
            }
        }
        cluster.publish(RelayedMeetingEvent.TOPIC, RelayedMeetingEvent.of(sessionId, event));
    }

    /**
     * A booking committed: its new meeting state goes to every screen of the session, one event each.
     * The screen that booked (its session is locked by this very request) applies it at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void booked(MeetingChanged changed) {
        long sessionId = changed.state().sessionId();
        MeetingEvent event = MeetingEvent.state(changed.state());
        UI current = UI.getCurrent();
        for (Listener listener : listeners.getOrDefault(sessionId, List.of())) {
            if (listener.ui == current
                    && current.getSession() != null
                    && current.getSession().hasLock()) {
                // Its own user booked through the group's gate a moment ago, in this request.
                listener.onEvent.accept(MeetingEvent.bookedHere(changed.state()));
            } else {
                send(sessionId, listener, () -> event);
            }
        }
        cluster.publish(RelayedMeetingEvent.TOPIC, RelayedMeetingEvent.booked(sessionId));
    }

    /** Another instance's event: to this instance's screens of the session (it has none: nothing to do). */
    void relayed(RelayedMeetingEvent relayed) {
        long sessionId = relayed.sessionId();
        List<Listener> here = listeners.getOrDefault(sessionId, List.of());
        if (here.isEmpty()) {
            return;
        }
        Supplier<MeetingEvent> event =
                relayed.type() == MeetingEvent.Type.STATE ? new ReadOnce(sessionId) : relayed::event;
        for (Listener listener : here) {
            send(sessionId, listener, event);
        }
    }

    /**
     * The meeting as the shared database has it now, read once for all screens of this instance: by
     * the first screen whose user passed the group's gate, as that user.
     */
    private final class ReadOnce implements Supplier<MeetingEvent> {

        private final long sessionId;
        private @Nullable MeetingEvent read;

        ReadOnce(long sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public synchronized MeetingEvent get() {
            if (read == null) {
                MeetingState state = savings.records().meeting(sessionId);
                read = MeetingEvent.state(state);
            }
            return read;
        }
    }

    private void send(long sessionId, Listener listener, Supplier<MeetingEvent> event) {
        if (!alive(sessionId, listener)) {
            return;
        }
        sender.execute(() -> {
            try {
                listener.ui.access(() -> deliver(sessionId, listener, event));
            } catch (UIDetachedException gone) {
                unregister(sessionId, listener);
            }
        });
    }

    /** A screen whose UI was closed, or that sent no heartbeat for three intervals, is dropped and closed. */
    private boolean alive(long sessionId, Listener listener) {
        VaadinSession session = listener.ui.getSession();
        if (session != null && !listener.ui.isClosing() && session.getService().isUIActive(listener.ui)) {
            return true;
        }
        unregister(sessionId, listener);
        if (session != null) {
            try {
                listener.ui.access(() -> {
                    listener.ui.close();
                    session.removeUI(listener.ui);
                });
            } catch (UIDetachedException gone) {
                // Already away.
            }
        }
        log.debug("Dropped a vanished screen of session {}", sessionId);
        return false;
    }

    /** Every heartbeat interval: screens that vanished stop being kept, also in a meeting that is quiet. */
    void sweep() {
        try {
            listeners.forEach((sessionId, list) -> list.forEach(listener -> alive(sessionId, listener)));
        } catch (RuntimeException e) {
            log.warn("Meeting screens: the sweep failed ({})", e.toString());
        }
    }

    private void deliver(long sessionId, Listener listener, Supplier<MeetingEvent> event) {
        if (!listeners.getOrDefault(sessionId, List.of()).contains(listener)) {
            return; // refused or closed while this event waited for its UI
        }
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
            listener.onEvent.accept(event.get());
        } catch (NotFoundOrNotAllowedException e) {
            unregister(sessionId, listener);
            listener.onRefused.run();
        } finally {
            if (switched) {
                // A thread that had no one signed in (a pooled push thread) is left with no context at
                // all, not with an empty one that a later task on it could fill in.
                if (before.getAuthentication() == null) {
                    holder.clearContext();
                } else {
                    holder.setContext(before);
                }
            }
        }
    }

    /** For tests: where the events to other screens are sent from (null: back to the configured threads). */
    void sendWith(Executor executor) {
        this.sender = executor != null ? executor : pushThreads != null ? pushThreads : Runnable::run;
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        if (pushThreads != null) {
            pushThreads.shutdownNow();
        }
    }

    private record Listener(
            UI ui, long groupId, SecurityContext context, Consumer<MeetingEvent> onEvent, Runnable onRefused) {}
}
