package nl.kringwerk.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays N meetings at once against a running Kringwerk. First every meeting gets ready (logins, both
 * screens, attendance, opening), spread over a ramp; once all are ready the counting starts, each meeting's turns one
 * turn period apart and the meetings spread evenly over one period, so the server sees a steady stream
 * of turns; then each meeting closes.
 */
final class LiveMeetingsRun {

    /**
     * @param pace        1.0 plays in real time (a turn every {@code turnSeconds}); 0.05 twenty times faster
     * @param turnSeconds a member's turn at the table, the ritual included
     * @param run         a small number that keeps the devices' addresses of two runs apart
     */
    record Settings(URI base, double pace, double turnSeconds, int run, Heartbeats heartbeats) {}

    /**
     * Called at the edges of the phases every meeting goes through together: the counting starts (all
     * screens open); every turn but the last is done; the last turns are prepared (tile, keys, shown to
     * the group), spread over one turn period; then nothing happens for one turn period (the idle
     * window: heartbeats and background work only); then only the "Ja, gezien" of every meeting, spread
     * over one turn period, with their pushes (the confirm phase); then the meetings close.
     */
    interface Probe {
        default void countingStarts(int openUis) {}

        /** @param confirms the confirms done so far (all in the counting) */
        default void countingEnds(int confirms) {}

        default void idleStarts() {}

        default void confirmsStart() {}

        /** @param confirms the confirms of the confirm phase */
        default void confirmsEnd(int confirms) {}
    }

    /** The phases, in order; a meeting waits at each until every meeting has reached it. */
    static final int COUNTING = 0, PREPARING = 1, CONFIRMING = 2, CLOSING = 3;

    /** One meeting's way through the phases: when each starts for it (its own offset in the period). */
    static final class Schedule {
        private final Phase[] phases;
        private final long offset;
        private int next;

        Schedule(Phase[] phases, long offset) {
            this.phases = phases;
            this.offset = offset;
        }

        /** Says this meeting reached {@code phase} (and any before it) and waits for its start, plus the offset. */
        long await(int phase) {
            long at = 0;
            while (next <= phase) {
                at = phases[next++].startsAt();
            }
            return at + offset;
        }

        /** A meeting that stopped early: it reaches every phase left, so the others are not held up. */
        void passAll() {
            await(phases.length - 1);
        }
    }

    private LiveMeetingsRun() {}

    static Figures play(URI base, List<LiveMeeting.Seeded> meetings, double pace, int run, Probe probe)
            throws InterruptedException {
        Figures figures = new Figures();
        HttpClient http = Device.newClient();
        try (Heartbeats heartbeats = new Heartbeats()) {
            Settings settings = new Settings(base, pace, 20, run, heartbeats);
            int n = meetings.size();
            long turnNanos = (long) (settings.turnSeconds() * pace * 1e9);
            // Logins cost the server a password hash each: spread them, at least a turn, 0.3 s a meeting.
            long rampNanos = (long) (Math.max(settings.turnSeconds(), 0.3 * n) * pace * 1e9);
            long start = System.nanoTime() + 200_000_000L;
            Phase[] phases = {new Phase(n), new Phase(n), new Phase(n), new Phase(n)};
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LiveMeeting meeting = new LiveMeeting(meetings.get(i), i, settings, http, figures);
                long readyAt = start + rampNanos * i / n;
                long offset = turnNanos * i / n;
                Thread thread = new Thread(
                        () -> {
                            sleepUntil(readyAt);
                            meeting.play(new Schedule(phases, offset));
                        },
                        "meeting-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            // Every meeting ready (or failed): measure, then the counting starts for all at once.
            phases[COUNTING].arrived.await();
            probe.countingStarts(figures.openedUis());
            phases[COUNTING].go(System.nanoTime() + turnNanos / 4);
            phases[PREPARING].arrived.await();
            probe.countingEnds(figures.confirms());
            phases[PREPARING].go(System.nanoTime());
            phases[CONFIRMING].arrived.await();
            probe.idleStarts();
            sleepUntil(System.nanoTime() + turnNanos);
            int before = figures.confirms();
            probe.confirmsStart();
            phases[CONFIRMING].go(System.nanoTime());
            phases[CLOSING].arrived.await();
            probe.confirmsEnd(figures.confirms() - before);
            phases[CLOSING].go(System.nanoTime());
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(5));
            }
        }
        return figures;
    }

    /** A phase: it starts once every meeting has reached it, at a moment then known. */
    static final class Phase {
        private final CountDownLatch arrived;
        private final CountDownLatch go = new CountDownLatch(1);
        private volatile long startsAt;

        Phase(int meetings) {
            arrived = new CountDownLatch(meetings);
        }

        /** Says this meeting reached the phase and waits for its start; returns it (a {@link System#nanoTime()}). */
        long startsAt() {
            arrived.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return startsAt;
        }

        void go(long at) {
            startsAt = at;
            go.countDown();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long nanos = nanoTime - System.nanoTime();
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Vaadin's heartbeat for every open UI, at the interval the server asked for, as the client sends it. */
    static final class Heartbeats implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "heartbeats");
            t.setDaemon(true);
            return t;
        });
        private final Map<VaadinUi, ScheduledFuture<?>> beating = new ConcurrentHashMap<>();

        void start(VaadinUi ui) {
            long seconds = Math.max(1, ui.heartbeatSeconds);
            beating.put(ui, timer.scheduleAtFixedRate(ui::heartbeat, seconds, seconds, TimeUnit.SECONDS));
        }

        void stop(VaadinUi ui) {
            ScheduledFuture<?> beat = beating.remove(ui);
            if (beat != null) {
                beat.cancel(false);
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
