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

    /** Called when the counting starts (all screens open) and when the last turn is done. */
    interface Probe {
        default void countingStarts(int openUis) {}

        default void countingEnds() {}
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
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch counted = new CountDownLatch(n);
            Counting counting = new Counting();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LiveMeeting meeting = new LiveMeeting(meetings.get(i), i, settings, http, figures);
                long readyAt = start + rampNanos * i / n;
                long offset = turnNanos * i / n;
                Thread thread = new Thread(
                        () -> {
                            sleepUntil(readyAt);
                            meeting.play(() -> counting.startsAt(ready) + offset, counted::countDown);
                        },
                        "meeting-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            // Every meeting ready (or failed): measure, then the counting starts for all at once.
            ready.await();
            probe.countingStarts(figures.openedUis());
            counting.go(System.nanoTime() + turnNanos / 4);
            counted.await();
            probe.countingEnds();
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(5));
            }
        }
        return figures;
    }

    /** The moment the counting starts, known once every meeting is ready. */
    static final class Counting {
        private final CountDownLatch go = new CountDownLatch(1);
        private volatile long startsAt;

        /** Says this meeting is ready and waits for the start; returns it (a {@link System#nanoTime()}). */
        long startsAt(CountDownLatch ready) {
            ready.countDown();
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
