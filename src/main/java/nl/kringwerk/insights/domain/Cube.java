package nl.kringwerk.insights.domain;

import java.util.ArrayList;
import java.util.List;
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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < nt; t++) {
                for (int p = 0; p < np; p++) {
                    int tt = t;
                    int pp = p;
                    changed |= line(nm, i -> new int[] {i, tt, pp});
                }
            }
            for (int m = 0; m < nm; m++) {
                for (int p = 0; p < np; p++) {
                    int mm = m;
                    int pp = p;
                    changed |= line(nt, i -> new int[] {mm, i, pp});
                }
            }
            if (timeAdds) {
                for (int m = 0; m < nm; m++) {
                    for (int t = 0; t < nt; t++) {
                        int mm = m;
                        int tt = t;
                        changed |= line(np, i -> new int[] {mm, tt, i});
                    }
                }
            }
        }
    }

    private interface Index {
        int[] at(int i);
    }

    /** One line: parts 0..n-2, total n-1. Returns whether a cell was newly hidden. */
    private boolean line(int n, Index index) {
        List<Cell> parts = new ArrayList<>();
        boolean[] already = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] c = index.at(i);
            if (i < n - 1) {
                parts.add(cells[c[0]][c[1]][c[2]]);
            }
            already[i] = hidden[c[0]][c[1]][c[2]];
        }
        int[] t = index.at(n - 1);
        boolean[] result = Suppression.hide(parts, cells[t[0]][t[1]][t[2]], already);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            if (result[i] && !already[i]) {
                int[] c = index.at(i);
                hidden[c[0]][c[1]][c[2]] = true;
                changed = true;
            }
        }
        return changed;
    }
}
