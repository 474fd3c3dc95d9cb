package nl.kringwerk.insights.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a funder may see of a table of figures. The rules (also on the insights page):
 * <ul>
 * <li>a figure built on fewer than {@value #MIN_PEOPLE} people or fewer than {@value #MIN_GROUPS}
 *     groups is not shown ("te weinig om te tonen");</li>
 * <li>complementary suppression: when a total is shown and some of its parts are hidden, the hidden
 *     parts together must again rest on at least as many people and groups (the total minus the shown
 *     parts reveals their sum); otherwise the next smallest part is hidden too, or else the total;</li>
 * <li>counts are rounded to the nearest 5, money to the nearest € 100.</li>
 * </ul>
 */
public final class Suppression {

    public static final int MIN_PEOPLE = 10;
    public static final int MIN_GROUPS = 3;

    /** One figure with what it is built on. */
    public record Cell(String label, long value, int people, int groups) {

        /** An empty figure (nobody, no group) reveals nobody and is shown as 0. */
        public boolean tooSmall() {
            return !isEmpty() && (people < MIN_PEOPLE || groups < MIN_GROUPS);
        }

        public boolean isEmpty() {
            return people == 0 && groups == 0;
        }
    }

    /** A figure as shown: hidden, or its rounded value. */
    public record Shown(String label, boolean hidden, long value) {
    }

    private Suppression() {
    }

    /**
     * @param parts the figures that add up to the total (e.g. per group type, per quarter)
     * @param total their total
     * @return the parts, then the total, each shown or hidden
     */
    public static List<Shown> table(List<Cell> parts, Cell total, Rounding rounding) {
        boolean[] hidden = hide(parts, total, new boolean[parts.size() + 1]);
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shown.add(show(parts.get(i), hidden[i], rounding));
        }
        shown.add(show(total, hidden[parts.size()], rounding));
        return shown;
    }

    /**
     * Which of the parts (and, last, the total) must be hidden, starting from those already hidden
     * for another reason (e.g. because of another table the same figure is in).
     *
     * @param alreadyHidden one flag per part, then one for the total; not changed
     */
    public static boolean[] hide(List<Cell> parts, Cell total, boolean[] alreadyHidden) {
        List<Boolean> hidden = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            hidden.add(alreadyHidden[i] || parts.get(i).tooSmall());
        }
        boolean totalHidden = alreadyHidden[parts.size()] || total.tooSmall();
        // The total minus the shown parts reveals the sum of the hidden parts: that sum must be safe too.
        while (!totalHidden && hiddenSumTooSmall(parts, hidden)) {
            int next = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (!hidden.get(i) && !parts.get(i).isEmpty() && (next < 0 || Comparator.comparingLong(Cell::people)
                        .thenComparingLong(Cell::value).compare(parts.get(i), parts.get(next)) < 0)) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden.set(next, true);
            } else {
                totalHidden = true;
            }
        }
        boolean[] result = new boolean[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            result[i] = hidden.get(i);
        }
        result[parts.size()] = totalHidden;
        return result;
    }

    private static boolean hiddenSumTooSmall(List<Cell> parts, List<Boolean> hidden) {
        int people = 0;
        int groups = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (hidden.get(i)) {
                people += parts.get(i).people();
                groups += parts.get(i).groups();
            }
        }
        return (people > 0 || groups > 0) && (people < MIN_PEOPLE || groups < MIN_GROUPS);
    }

    public static Shown show(Cell cell, boolean hidden, Rounding rounding) {
        return new Shown(cell.label(), hidden, hidden ? 0 : rounding.round(cell.value()));
    }

    /** Counts to the nearest 5; money (in cents) to the nearest € 100. */
    public enum Rounding {
        COUNT(5),
        MONEY_CENTS(100_00);

        private final long step;

        Rounding(long step) {
            this.step = step;
        }

        public long round(long value) {
            return Math.round((double) value / step) * step;
        }
    }
}
