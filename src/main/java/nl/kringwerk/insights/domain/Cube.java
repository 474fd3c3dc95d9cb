package nl.kringwerk.insights.domain;

import nl.kringwerk.insights.domain.Suppression.Cell;

/**
 * One figure in every combination the dashboard offers: municipality (each one of the scope, then
 * all together) x group type (savings circle, listening group, then both) x period (the four quarters,
 * then the year). The last index of each dimension is the total of the others.
 * <p>
 * {@link #hide()} applies two rules, again and again until nothing changes:
 * <ol>
 * <li>the rules of {@link Suppression} along every line of the cube: a figure too small is hidden, and
 *     in every line whose total is shown the hidden parts together must be safe;</li>
 * <li>every figure too small to show is a corner of a box of hidden figures: two municipalities x two
 *     types x two periods (or, for figures that do not add up over time, a rectangle within its
 *     period). Line by line is not enough: "all minus Rotterdam" gives Schiedam's total, and Schiedam's
 *     total minus its savings circles gives its listening groups, while each line alone looked safe.
 *     A hidden box can be shifted up and down (+1 at one corner, -1 at the next along every edge)
 *     without changing any sum, so no combination of shown figures pins a corner down. This is the
 *     hypercube method of statistical offices (Repsilber's GHMITER); the box chosen is the one that
 *     hides the fewest people, totals weighing more.</li>
 * </ol>
 * So whichever filters a funder combines, and however she adds and subtracts the shown figures, she
 * cannot work out a figure about fewer than 10 people or 3 groups. The period dimension counts only
 * for figures that add up over time (a group active in two quarters is one group in the year).
 */
public final class Cube {

    /** Far more than any real cost, small enough that eight of them still add up. */
    private static final long UNUSABLE = Long.MAX_VALUE / 16;

    private final boolean timeAdds;
    private final int nm;
    private final int nt;
    private final int np;
    // One entry per figure, at index (m * nt + t) * np + p.
    private final long[] values;
    private final long[] people;
    private final long[] groups;
    /** What hiding the figure costs ({@link #cost}), UNUSABLE for an empty one. */
    private final long[] price;

    private final boolean[] tooSmall;
    private final boolean[] hidden;
    /** Figures too small to show whose box is hidden. */
    private final boolean[] boxed;

    public Cube(Cell[][][] cells, boolean timeAdds) {
        this(
                cells.length,
                cells[0].length,
                cells[0][0].length,
                timeAdds,
                (m, t, p) -> cells[m][t][p].value(),
                (m, t, p) -> cells[m][t][p].people(),
                (m, t, p) -> cells[m][t][p].groups());
    }

    /**
     * @param nm municipalities, the last one the total of the others (and likewise nt types, np
     *           periods)
     */
    public Cube(int nm, int nt, int np, boolean timeAdds, Figure value, Figure people, Figure groups) {
        this.timeAdds = timeAdds;
        this.nm = nm;
        this.nt = nt;
        this.np = np;
        int size = nm * nt * np;
        this.values = new long[size];
        this.people = new long[size];
        this.groups = new long[size];
        price = new long[size];
        tooSmall = new boolean[size];
        hidden = new boolean[size];
        boxed = new boolean[size];
        for (int m = 0; m < nm; m++) {
            for (int t = 0; t < nt; t++) {
                for (int p = 0; p < np; p++) {
                    int i = index(m, t, p);
                    this.values[i] = value.at(m, t, p);
                    this.people[i] = people.at(m, t, p);
                    this.groups[i] = groups.at(m, t, p);
                    Cell cell = cell(m, t, p);
                    tooSmall[i] = cell.tooSmall();
                    // Totals are what a council reads first (all municipalities x4, both types x2, the
                    // whole year x2): hiding one costs more than hiding a part with as many people.
                    price[i] = cell.isEmpty()
                            ? UNUSABLE
                            : (cell.people() + 1L)
                                    * (m == nm - 1 ? 4 : 1)
                                    * (t == nt - 1 ? 2 : 1)
                                    * (p == np - 1 ? 2 : 1);
                }
            }
        }
        hide();
    }

    /** One number per figure of the cube. */
    @FunctionalInterface
    public interface Figure {
        long at(int municipality, int type, int period);
    }

    public Cell cell(int municipality, int type, int period) {
        int i = index(municipality, type, period);
        return new Cell("", values[i], (int) people[i], (int) groups[i]);
    }

    public boolean hidden(int municipality, int type, int period) {
        return hidden[index(municipality, type, period)];
    }

    public int municipalities() {
        return nm;
    }

    private int index(int m, int t, int p) {
        return (m * nt + t) * np + p;
    }

    private void hide() {
        int max = Math.max(nm, Math.max(nt, np));
        long[] linePeople = new long[max];
        long[] lineGroups = new long[max];
        long[] lineValues = new long[max];
        boolean[] flags = new boolean[max];
        int[] strides = {nt * np, np, 1};
        int[] lengths = {nm, nt, np};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int d = 0; d < (timeAdds ? 3 : 2); d++) {
                int stride = strides[d];
                int n = lengths[d];
                // Every line along dimension d starts at a figure whose coordinate d is 0.
                for (int start = 0; start < hidden.length; start++) {
                    if (start / stride % n != 0) {
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        int c = start + i * stride;
                        linePeople[i] = people[c];
                        lineGroups[i] = groups[c];
                        lineValues[i] = values[c];
                        flags[i] = hidden[c];
                    }
                    if (Suppression.hideInPlace(linePeople, lineGroups, lineValues, flags, n)) {
                        changed = true;
                        for (int i = 0; i < n; i++) {
                            hidden[start + i * stride] |= flags[i];
                        }
                    }
                }
            }
            // After the lines, so that a box can use a total the lines already hid (a large
            // municipality next to a tiny one keeps its own figures).
            changed |= protectWithBoxes();
        }
    }

    /**
     * Hides the cheapest box around every figure too small to show that has none yet. Hidden figures
     * stay hidden, so a figure whose box is hidden is protected for good.
     */
    private boolean protectWithBoxes() {
        // For each type and period with another type and period, the two municipalities whose side of
        // such a box costs least to hide; made when first needed in this round and not updated within
        // it (the boxes of one round then tend to share municipalities, which hides less).
        int[][] cheapest = new int[nt * np * nt * np][];
        boolean changed = false;
        for (int m = 0; m < nm; m++) {
            for (int t = 0; t < nt; t++) {
                for (int p = 0; p < np; p++) {
                    int i = index(m, t, p);
                    if (tooSmall[i] && !boxed[i]) {
                        hidden[i] = true;
                        changed |= hideCheapestBox(m, t, p, cheapest);
                        boxed[i] = true;
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Hides the other corners of the box around (m, t, p) that hides the fewest more people, totals
     * counting more ({@link #cost}); an already hidden box costs nothing. Empty figures (shown as 0)
     * are not used as corners.
     */
    private boolean hideCheapestBox(int m, int t, int p, int[][] cheapest) {
        long best = UNUSABLE;
        int bm = -1;
        int bt = -1;
        int bp = -1;
        for (int t2 = 0; t2 < nt && best > 0; t2++) {
            for (int p2 = timeAdds ? 0 : p; p2 < (timeAdds ? np : p + 1) && best > 0; p2++) {
                if (t2 == t || timeAdds && p2 == p) {
                    continue;
                }
                int combination = ((t * np + p) * nt + t2) * np + p2;
                if (cheapest[combination] == null) {
                    cheapest[combination] = twoCheapest(t, p, t2, p2);
                }
                int[] two = cheapest[combination];
                int m2 = two[0] == m ? two[1] : two[0];
                if (m2 < 0) {
                    continue;
                }
                long total = cost(m, t2, p)
                        + (timeAdds ? cost(m, t, p2) + cost(m, t2, p2) : 0)
                        + otherSide(m2, t, p, t2, p2);
                if (total < best) {
                    best = total;
                    bm = m2;
                    bt = t2;
                    bp = p2;
                }
            }
        }
        if (bm < 0) {
            return false;
        }
        boolean changed = hide(bm, t, p) | hide(m, bt, p) | hide(bm, bt, p);
        if (timeAdds) {
            changed |= hide(m, t, bp) | hide(bm, t, bp) | hide(m, bt, bp) | hide(bm, bt, bp);
        }
        return changed;
    }

    private boolean hide(int m, int t, int p) {
        int i = index(m, t, p);
        boolean was = hidden[i];
        hidden[i] = true;
        return !was;
    }

    /** The corners of a box in the other municipality m2. */
    private long otherSide(int m2, int t, int p, int t2, int p2) {
        return cost(m2, t, p) + cost(m2, t2, p) + (timeAdds ? cost(m2, t, p2) + cost(m2, t2, p2) : 0);
    }

    /** The two municipalities (-1 when there is none) whose side of such a box costs least now. */
    private int[] twoCheapest(int t, int p, int t2, int p2) {
        int[] two = {-1, -1};
        long first = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        for (int m2 = 0; m2 < nm; m2++) {
            long c = otherSide(m2, t, p, t2, p2);
            if (c < first) {
                two[1] = two[0];
                second = first;
                two[0] = m2;
                first = c;
            } else if (c < second) {
                two[1] = m2;
                second = c;
            }
        }
        return two;
    }

    /** What hiding one more figure costs: nothing when it is hidden already, else its price. */
    private long cost(int m, int t, int p) {
        int i = index(m, t, p);
        return hidden[i] ? 0 : price[i];
    }
}
