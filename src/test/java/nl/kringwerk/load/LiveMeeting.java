package nl.kringwerk.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.kringwerk.load.Device.LoadError;

/**
 * One savings meeting as two devices play it: the bookkeeper's tablet (attendance, signatures, opening,
 * the counting ritual for every member, the closing count) and the group's screen, which only listens
 * (server push) and must show each confirmed amount in its "Vandaag gespaard".
 */
final class LiveMeeting {

    /** What the seed made for one meeting: an open cycle's first session and two accounts. */
    record Seeded(long sessionId, String bookkeeper, String screen, String password) {}

    private final Seeded seeded;
    private final int index;
    private final LiveMeetingsRun.Settings settings;
    private final HttpClient http;
    private final Figures figures;
    private final Random random;
    private final List<VaadinUi> open = new ArrayList<>();

    LiveMeeting(Seeded seeded, int index, LiveMeetingsRun.Settings settings, HttpClient http, Figures figures) {
        this.seeded = seeded;
        this.index = index;
        this.settings = settings;
        this.http = http;
        this.figures = figures;
        this.random = new Random(seeded.sessionId());
    }

    /**
     * Prepares the meeting (logins, both screens, attendance, opening) at once, then, with the other
     * meetings ({@link LiveMeetingsRun.Schedule}): plays every turn but the last from the start of the
     * counting, one every turn period; prepares the last turn (tile, keys, shown to the group); confirms
     * it in the confirm phase; and closes.
     */
    void play(LiveMeetingsRun.Schedule schedule) {
        try {
            Device tablet = new Device(http, settings.base(), address(1));
            Device tv = new Device(http, settings.base(), address(2));
            tv.logIn(seeded.screen(), seeded.password());
            VaadinUi screen = VaadinUi.open(tv, "bijeenkomst/" + seeded.sessionId() + "/scherm");
            opened(screen);
            tablet.logIn(seeded.bookkeeper(), seeded.password());
            VaadinUi book = VaadinUi.open(tablet, "bijeenkomst/" + seeded.sessionId());
            opened(book);
            figures.uisOpened(2);
            long shownToday = cents(screen.text("presentation-today").orElseThrow(() -> new LoadError("no total")));

            // The presentielijst: everyone is here, each signs; then the roles the app suggests, and open.
            pause(0.02);
            book.click("mark-everyone-present");
            for (String sign : book.ids(id -> id.startsWith("sign-"))) {
                pause(0.02);
                figures.tap(book.click(sign));
            }
            pause(0.05);
            // Pressed again, as a person would, when the app said something went wrong (each time an error).
            for (int attempt = 1; book.ids(id -> id.startsWith("count-")).isEmpty(); attempt++) {
                if (attempt > 1) {
                    figures.error("meeting " + index + ": opening refused, pressed again");
                    if (attempt > 3) {
                        throw new LoadError("the session does not open");
                    }
                    pause(0.05);
                }
                book.click("open-session");
            }
            List<String> turns = book.ids(id -> id.startsWith("count-"));

            long countingStartsAt = schedule.await(LiveMeetingsRun.COUNTING);
            long turnNanos = (long) (settings.turnSeconds() * 1e9 * settings.pace());
            int last = turns.size() - 1;
            for (int turn = 0; turn < last; turn++) {
                sleepUntil(countingStartsAt + turn * turnNanos);
                long amount = prepare(book, screen, turns.get(turn));
                pause(0.15); // the group looks and answers
                shownToday += confirm(book, screen, amount, shownToday);
            }
            // The last turn in two phases: shown to the group, then (when all are) confirmed.
            sleepUntil(schedule.await(LiveMeetingsRun.PREPARING));
            long amount = prepare(book, screen, turns.get(last));
            sleepUntil(schedule.await(LiveMeetingsRun.CONFIRMING));
            shownToday += confirm(book, screen, amount, shownToday);
            sleepUntil(schedule.await(LiveMeetingsRun.CLOSING)); // the closes spread over a turn period, as the turns

            // The closing count: the counters find what the books expect; close.
            pause(0.1);
            long box = cents(book.text("expected-box").orElseThrow(() -> new LoadError("no expected box")));
            book.type("counted-cash", (box / 100) + "," + String.format("%02d", box % 100));
            book.click("close-session");
            book.await(ui -> !ui.has("close-session"), Device.TIMEOUT, "the closed session");
            figures.meetingClosed();
        } catch (Exception e) {
            figures.error("meeting " + index + " (session " + seeded.sessionId() + "): " + e.getMessage());
        } finally {
            schedule.passAll(); // a meeting that failed does not hold up the others
            for (VaadinUi ui : open) {
                settings.heartbeats().stop(ui);
                ui.close();
            }
        }
    }

    /** A member's turn up to the group's answer: tap her tile, type the amount, show it; returns it. */
    private long prepare(VaadinUi book, VaadinUi screen, String countButton) {
        book.click(countButton);
        book.await(ui -> ui.has("keypad-display"), Device.TIMEOUT, "the keypad");
        long amount = (1 + random.nextInt(40)) * 100L + (random.nextBoolean() ? 50 : 0);
        List<String> keys = new ArrayList<>();
        for (char c : Long.toString(amount / 100).toCharArray()) {
            keys.add(String.valueOf(c));
        }
        if (amount % 100 != 0) {
            keys.addAll(List.of("comma", "5", "0"));
        }
        for (String key : keys) {
            pause(0.02);
            figures.key(book.click("key-" + key));
        }
        pause(0.02);
        long shown = System.nanoTime();
        book.click("show-amount");
        if (!book.has("confirm-seen")) {
            throw new LoadError("not shown: " + book.text("keypad-error").orElse("?"));
        }
        long seen = screen.await(
                ui -> ui.text("presentation-amount")
                        .map(t -> cents(t) == amount)
                        .orElse(false),
                Device.TIMEOUT,
                "the amount on the group screen");
        figures.shownOnScreen(seen - shown);
        return amount;
    }

    /** The group says yes: "Ja, gezien", booked, and the new total on the group's screen; returns the amount. */
    private long confirm(VaadinUi book, VaadinUi screen, long amount, long todayBefore) {
        long expected = todayBefore + amount;
        long start = System.nanoTime();
        figures.confirm(book.click("confirm-seen"));
        String refusal = book.text("booking-error").orElse("");
        if (book.has("confirm-seen") || !refusal.isBlank()) {
            throw new LoadError("confirm not booked: " + refusal);
        }
        long onScreen = screen.await(
                ui -> ui.text("presentation-today")
                        .map(t -> cents(t) == expected)
                        .orElse(false),
                Device.TIMEOUT,
                "today's total on the group screen");
        figures.confirmOnScreen(Math.max(0, onScreen - start), amount);
        return amount;
    }

    private void opened(VaadinUi ui) {
        ui.connectPush();
        open.add(ui);
        settings.heartbeats().start(ui);
    }

    /** A private address per device, as tablets at different tables have. */
    private String address(int device) {
        return "10." + (100 + settings.run()) + "." + (index / 200) + "." + (index % 200 * 2 + device);
    }

    /** A pause of this fraction of a turn, scaled by the pace. */
    private void pause(double ofTurn) {
        sleep((long) (settings.turnSeconds() * ofTurn * settings.pace() * 1e9));
    }

    private static void sleepUntil(long nanoTime) {
        sleep(nanoTime - System.nanoTime());
    }

    private static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        }
    }

    /** "€ 1.234,50" as 123450: the digits of an amount as the screen writes it. */
    static long cents(String shown) {
        String digits = shown.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            throw new LoadError("no amount in '" + shown + "'");
        }
        return Long.parseLong(digits);
    }

    static Duration timeout() {
        return Device.TIMEOUT;
    }
}
