package nl.kringwerk.insights.domain;

import nl.kringwerk.insights.domain.Suppression.Cell;

/**
 * One figure in every combination the dashboard offers: municipality (each one of the scope, then
 * all together) x group type (savings circle, listening group, then both) x period (the four quarters,
 * then the year). The last index of each dimension is the total of the others.
 * <p>
 * {@link #hide()} applies the rules of {@link Suppression} along every line of the cube, again and
 * again until nothing changes: a figure too small is hidden, and in every line whose total is shown
 * the hidden parts together must be safe. So whichever filters a funder combines, and whichever shown
 * figures she subtracts from each other along a dimension, she learns nothing about fewer than 10
 * people or 3 groups. Along the period dimension only for figures that add up over time (a group
 * active in two quarters is one group in the year, so active groups do not add up).
 */
public final class Cube {

    private final Cell[][][] cells;
    private final boolean timeAdds;
    private final boolean[][][] hidden;

    public Cube(Cell[][][] cells, boolean timeAdds) {
        this.cells = cells;
        this.timeAdds = timeAdds;
        this.hidden = new boolean[cells.length][cells[0].length][cells[0][0].length];
        hide();
    }

    public Cell cell(int municipality, int type, int period) {
        return cells[municipality][type][period];
    }

    public boolean hidden(int municipality, int type, int period) {
        return hidden[municipality][type][period];
    }

    public int municipalities() {
        return cells.length;
    }

    private void hide() {
        int nm = cells.length;
        int nt = cells[0].length;
        int np = cells[0][0].length;
        int max = Math.max(nm, Math.max(nt, np));
        long[] people = new long[max];
        long[] groups = new long[max];
        long[] values = new long[max];
        boolean[] flags = new boolean[max];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int d = 0; d < (timeAdds ? 3 : 2); d++) {
                int n = d == 0 ? nm : d == 1 ? nt : np;
                int outerA = d == 0 ? nt : nm;
                int outerB = d == 2 ? nt : np;
                for (int a = 0; a < outerA; a++) {
                    for (int b = 0; b < outerB; b++) {
                        for (int i = 0; i < n; i++) {
                            Cell c = at(d, a, b, i);
                            people[i] = c.people();
                            groups[i] = c.groups();
                            values[i] = c.value();
                            flags[i] = hiddenAt(d, a, b, i);
                        }
                        if (Suppression.hideInPlace(people, groups, values, flags, n)) {
                            changed = true;
                            for (int i = 0; i < n; i++) {
                                if (flags[i]) {
                                    setHidden(d, a, b, i);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Dimension 0 runs over municipalities (a = type, b = period), 1 over types (a = municipality,
     * b = period), 2 over periods (a = municipality, b = type). */
    private Cell at(int d, int a, int b, int i) {
        return d == 0 ? cells[i][a][b] : d == 1 ? cells[a][i][b] : cells[a][b][i];
    }

    private boolean hiddenAt(int d, int a, int b, int i) {
        return d == 0 ? hidden[i][a][b] : d == 1 ? hidden[a][i][b] : hidden[a][b][i];
    }

    private void setHidden(int d, int a, int b, int i) {
        if (d == 0) {
            hidden[i][a][b] = true;
        } else if (d == 1) {
            hidden[a][i][b] = true;
        } else {
            hidden[a][b][i] = true;
        }
    }
}
