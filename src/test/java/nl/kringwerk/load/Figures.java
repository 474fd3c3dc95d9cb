package nl.kringwerk.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What one run measured: latencies in nanoseconds, counts, and the errors (which must stay 0). */
final class Figures {

    private final List<Long> confirms = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> confirmsOnScreen = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> amountsOnScreen = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> keys = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> taps = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> shown = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    void confirm(long nanos) {
        confirms.add(nanos);
    }

    void confirmOnScreen(long nanos, long amountCents) {
        confirmsOnScreen.add(nanos);
        amountsOnScreen.add(amountCents);
    }

    void key(long nanos) {
        keys.add(nanos);
    }

    void tap(long nanos) {
        taps.add(nanos);
    }

    void shownOnScreen(long nanos) {
        shown.add(nanos);
    }

    void uisOpened(int count) {
        uis.addAndGet(count);
    }

    void meetingClosed() {
        closed.incrementAndGet();
    }

    void error(String message) {
        errors.add(message);
    }

    int openedUis() {
        return uis.get();
    }

    int confirms() {
        return confirms.size();
    }

    /** The confirmed amounts, in cents, each seen in the group screen's total. */
    List<Long> amountsOnScreen() {
        synchronized (amountsOnScreen) {
            return List.copyOf(amountsOnScreen);
        }
    }

    int closedMeetings() {
        return closed.get();
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    double confirmMs(double percentile) {
        return percentile(confirms, percentile);
    }

    double confirmOnScreenMs(double percentile) {
        return percentile(confirmsOnScreen, percentile);
    }

    double keyMs(double percentile) {
        return percentile(keys, percentile);
    }

    double tapMs(double percentile) {
        return percentile(taps, percentile);
    }

    double shownMs(double percentile) {
        return percentile(shown, percentile);
    }

    int keys() {
        return keys.size();
    }

    /** Nearest-rank percentile in milliseconds; NaN without samples. */
    static double percentile(List<Long> nanos, double percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
