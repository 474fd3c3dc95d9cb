package nl.kringwerk.insights.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a funder may see of a table of figures. The rules (also on the insights page):
 * <ul>
 * <li>a figure built on fewer than {@value #MIN_PEOPLE} people or fewer than {@value #MIN_GROUPS}
 *     groups is not shown ("te weinig om te tonen");</li>
 * <li>complementary suppression: when a total is shown and some of its parts are hidden, the hidden
 *     parts together must again rest on at least as many people and groups (the total minus the shown
 *     parts reveals their sum); otherwise the next smallest part is hidden too, or the total when only
 *     one part would be left to show;</li>
 * <li>counts are rounded to the nearest 5, money to the nearest € 100.</li>
 * </ul>
 */
public final class Suppression {

    public static final int MIN_PEOPLE = Protection.MIN_PEOPLE;
    public static final int MIN_GROUPS = Protection.MIN_GROUPS;

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
    public record Shown(String label, boolean hidden, long value) {}

    private Suppression() {}

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
        int n = parts.size() + 1;
        long[] people = new long[n];
        long[] groups = new long[n];
        long[] values = new long[n];
        boolean[] hidden = alreadyHidden.clone();
        for (int i = 0; i < n; i++) {
            Cell c = i < n - 1 ? parts.get(i) : total;
            people[i] = c.people();
            groups[i] = c.groups();
            values[i] = c.value();
        }
        hideInPlace(people, groups, values, hidden, n);
        return hidden;
    }

    /**
     * The same rule on plain arrays (no objects per figure, for the dashboard's many lines): indexes
     * 0..n-2 are the parts, n-1 the total; {@code hidden} is updated in place.
     *
     * @return whether anything was newly hidden
     */
    public static boolean hideInPlace(long[] people, long[] groups, long[] values, boolean[] hidden, int n) {
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            if (!hidden[i] && tooSmall(people[i], groups[i])) {
                hidden[i] = true;
                changed = true;
            }
        }
        while (!hidden[n - 1]) {
            long hp = 0;
            long hg = 0;
            for (int i = 0; i < n - 1; i++) {
                if (hidden[i]) {
                    hp += people[i];
                    hg += groups[i];
                }
            }
            if (!((hp > 0 || hg > 0) && (hp < MIN_PEOPLE || hg < MIN_GROUPS))) {
                break;
            }
            int next = -1;
            int shown = 0;
            for (int i = 0; i < n - 1; i++) {
                boolean empty = people[i] == 0 && groups[i] == 0;
                if (!hidden[i] && !empty) {
                    shown++;
                    if (next < 0 || people[i] < people[next] || people[i] == people[next] && values[i] < values[next]) {
                        next = i;
                    }
                }
            }
            // With one part left to show, hiding the total keeps that part (e.g. a large municipality
            // next to a tiny one keeps its figures; the total of both is what goes).
            hidden[shown <= 1 ? n - 1 : next] = true;
            changed = true;
        }
        return changed;
    }

    private static boolean tooSmall(long people, long groups) {
        return !(people == 0 && groups == 0) && (people < MIN_PEOPLE || groups < MIN_GROUPS);
    }

    public static Shown show(Cell cell, boolean hidden, Rounding rounding) {
        return new Shown(cell.label(), hidden, hidden ? 0 : rounding.round(cell.value()));
    }

    /** Counts to the nearest 5; money (in cents) to the nearest € 100. */
    public enum Rounding {
        COUNT(Protection.ROUND_COUNT),
        MONEY_CENTS(Protection.ROUND_MONEY_EUROS * 100L);

        private final long step;

        Rounding(long step) {
            this.step = step;
        }

        public long round(long value) {
            return Math.round((double) value / step) * step;
        }

        /**
         * A figure as shown: rounded, and never 0, since a shown figure rests on at least 3 groups (a
         * 0 would only say the noise went down).
         */
        public long shown(long value) {
            return Math.max(step, round(value));
        }
    }
}
