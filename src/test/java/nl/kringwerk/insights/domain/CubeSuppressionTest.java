package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kringwerk.insights.domain.Suppression.Cell;
import org.junit.jupiter.api.Test;

/**
 * Suppression holds for every combination of filters the dashboard offers (municipality or all,
 * group type or both, quarter or year) on random small datasets: no shown figure rests on fewer than
 * 10 people or 3 groups, and no total minus shown parts reveals hidden parts that together do.
 */
class CubeSuppressionTest {

    @Test
    void noShownFigureOrDifferenceOfShownFiguresRevealsTooFewPeopleOrGroups() {
        Random random = new Random(20261123);
        int hiddenSomewhere = 0;
        for (int run = 0; run < 3_000; run++) {
            int nm = 1 + random.nextInt(4);
            boolean timeAdds = random.nextBoolean();
            Cell[][][] cells = new Cell[nm + 1][3][5];
            long[][][][] raw = new long[nm + 1][3][5][3];
            for (int m = 0; m < nm; m++) {
                for (int t = 0; t < 2; t++) {
                    for (int q = 0; q < 4; q++) {
                        boolean empty = random.nextInt(4) == 0;
                        long groups = empty ? 0 : 1 + random.nextInt(5);
                        long people = empty ? 0 : groups * (1 + random.nextInt(8));
                        long value = empty ? 0 : random.nextInt(200);
                        add(raw, m, t, q, value, people, groups);
                    }
                }
            }
            for (int i = 0; i <= nm; i++) {
                for (int t = 0; t < 3; t++) {
                    for (int q = 0; q < 5; q++) {
                        cells[i][t][q] = new Cell("", raw[i][t][q][0], (int) raw[i][t][q][1], (int) raw[i][t][q][2]);
                    }
                }
            }
            Cube cube = new Cube(cells, timeAdds);
            for (int i = 0; i <= nm; i++) {
                for (int t = 0; t < 3; t++) {
                    for (int q = 0; q < 5; q++) {
                        if (!cube.hidden(i, t, q)) {
                            assertThat(cells[i][t][q].tooSmall())
                                    .as("shown cell %d %d %d run %d", i, t, q, run)
                                    .isFalse();
                        } else {
                            hiddenSomewhere++;
                        }
                    }
                }
            }
            // Every line of every dimension: total shown => hidden parts together safe (or nothing).
            for (int t = 0; t < 3; t++) {
                for (int q = 0; q < 5; q++) {
                    int tt = t;
                    int qq = q;
                    checkLine(cube, cells, nm + 1, i -> new int[] {i, tt, qq}, run);
                }
            }
            for (int i = 0; i <= nm; i++) {
                for (int q = 0; q < 5; q++) {
                    int ii = i;
                    int qq = q;
                    checkLine(cube, cells, 3, t -> new int[] {ii, t, qq}, run);
                }
            }
            if (timeAdds) {
                for (int i = 0; i <= nm; i++) {
                    for (int t = 0; t < 3; t++) {
                        int ii = i;
                        int tt = t;
                        checkLine(cube, cells, 5, q -> new int[] {ii, tt, q}, run);
                    }
                }
            }
            // Any number of steps: no figure too small to show can be worked out from the shown ones.
            for (int[] c : Attacker.solvable(cube, timeAdds)) {
                assertThat(cells[c[0]][c[1]][c[2]].tooSmall())
                        .as("run %d: hidden cell %d %d %d follows from the shown figures", run, c[0], c[1], c[2])
                        .isFalse();
            }
        }
        assertThat(hiddenSomewhere).as("the random data does exercise hiding").isGreaterThan(1000);
    }

    /**
     * The chain a curious funder found in the demo (Rotterdam and Schiedam): Schiedam's listening
     * groups are too small; hiding them, Schiedam's total and the listening total over both is not
     * enough, because (all groups of both - all groups of Rotterdam) - Schiedam's savings circles is
     * Schiedam's listening groups. Each line alone looked safe.
     */
    @Test
    void aHiddenFigureCannotBeWorkedOutThroughTwoTotals() {
        long[][][][] raw = new long[3][3][5][3];
        for (int q = 0; q < 4; q++) {
            add(raw, 0, 0, q, 100, 60, 6); // Rotterdam, savings circles
            add(raw, 0, 1, q, 40, 20, 4); // Rotterdam, listening groups
            add(raw, 1, 0, q, 60, 40, 4); // Schiedam, savings circles
            add(raw, 1, 1, q, 8, 2, 1); // Schiedam, listening groups: too small
        }
        Cell[][][] cells = new Cell[3][3][5];
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < 3; t++) {
                for (int q = 0; q < 5; q++) {
                    cells[i][t][q] = new Cell("", raw[i][t][q][0], (int) raw[i][t][q][1], (int) raw[i][t][q][2]);
                }
            }
        }
        for (boolean timeAdds : new boolean[] {false, true}) {
            Cube cube = new Cube(cells, timeAdds);
            for (int q = 0; q < 5; q++) {
                assertThat(cube.hidden(1, 1, q)).isTrue();
            }
            assertThat(Attacker.solvable(cube, timeAdds)).noneMatch(c -> c[0] == 1 && c[1] == 1);
            // With two municipalities and two types, one of Rotterdam's figures, the savings circles of
            // both or the total of both has to go with it; the cheapest is chosen, the total stays.
            assertThat(cube.hidden(2, 2, 4))
                    .as("the total of everything still shows")
                    .isFalse();
            assertThat(cube.hidden(0, 2, 4)).as("Rotterdam's total still shows").isFalse();
        }
    }

    @Test
    void everyFilterCombinationOfTheDashboardShowsOnlySafeFigures() {
        Random random = new Random(7);
        LocalDate today = LocalDate.of(2026, 11, 23);
        for (int run = 0; run < 300; run++) {
            List<String> municipalities = List.of("Aa", "Bb", "Cc").subList(0, 1 + random.nextInt(3));
            Map<String, Figures[][]> byMunicipality = new HashMap<>();
            for (String m : municipalities) {
                Figures[][] f = new Figures[2][5];
                for (int t = 0; t < 2; t++) {
                    Figures year = Figures.NONE;
                    for (int q = 0; q < 4; q++) {
                        long groups = random.nextInt(5);
                        long people = groups * random.nextInt(9);
                        f[t][q] = figures(
                                random,
                                groups,
                                random.nextInt(2),
                                random.nextInt(2),
                                groups,
                                groups,
                                groups,
                                groups,
                                people,
                                random.nextInt(3),
                                people,
                                people,
                                groups * 10,
                                people * 8,
                                people * 10,
                                groups,
                                random.nextInt((int) groups + 1),
                                people * 1000,
                                people * 500,
                                groups,
                                random.nextInt((int) groups + 1));
                        year = year.plus(f[t][q]);
                    }
                    f[t][4] = year;
                }
                byMunicipality.put(m, f);
            }
            Figures[][][] all = DashboardBuilder.withTotals(municipalities, byMunicipality);
            List<GroupLife> lives = new ArrayList<>();
            for (int g = 0; g < random.nextInt(12); g++) {
                LocalDate start = today.minusDays(random.nextInt(1500));
                lives.add(new GroupLife(
                        g,
                        1,
                        municipalities.get(random.nextInt(municipalities.size())),
                        random.nextBoolean() ? "SAVINGS_CIRCLE" : "LISTENING_GROUP",
                        start,
                        random.nextInt(3) == 0 ? start.plusDays(random.nextInt(400)) : null,
                        3 + random.nextInt(6),
                        Integer.toUnsignedLong(random.nextInt())));
            }
            for (String municipality : withAll(municipalities)) {
                for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
                    Dashboard d = DashboardBuilder.build(
                            municipalities, municipality, 2026, quarter, Map.of(2026, all), lives, today);
                    int m = municipality == null ? municipalities.size() : municipalities.indexOf(municipality);
                    int p = quarter == null ? 4 : quarter - 1;
                    Dashboard.Row active = d.row("groups-active");
                    for (int t = 0; t < 3; t++) {
                        Figures f = all[m][t][p];
                        if (!active.values().get(t).hidden() && f.groupsActive() > 0) {
                            assertThat(f.groupsActive()).isGreaterThanOrEqualTo(Suppression.MIN_GROUPS);
                            assertThat(f.membersReached()).isGreaterThanOrEqualTo(Suppression.MIN_PEOPLE);
                        }
                    }
                    for (Dashboard.Survival s : d.survival()) {
                        long observed = lives.stream()
                                .filter(l ->
                                        municipality == null || l.municipality().equals(municipality))
                                .filter(l -> s.type().equals("ALL") || l.type().equals(s.type()))
                                .count();
                        if (observed < Protection.MIN_AT_RISK) {
                            assertThat(s.points()).allMatch(Dashboard.Value::hidden);
                        }
                    }
                }
            }
        }
    }

    /**
     * The first twenty figures as given; the populations of the money, session and cycle figures as
     * the groups and people given; random record keys.
     */
    static Figures figures(Random random, long... first) {
        long[] v = new long[Figures.SIZE];
        System.arraycopy(first, 0, v, 0, first.length);
        long groups = first[0];
        long people = first[7];
        long[] rest = {groups, groups, people, people, people, people, people};
        System.arraycopy(rest, 0, v, first.length, rest.length);
        for (int i = first.length + rest.length; i < Figures.SIZE; i++) {
            v[i] = Integer.toUnsignedLong(random.nextInt());
        }
        return Figures.of(v);
    }

    private static List<String> withAll(List<String> municipalities) {
        List<String> list = new ArrayList<>(municipalities);
        list.add(null);
        return list;
    }

    /**
     * Works out every hidden figure that the shown ones determine, by solving the whole system of
     * sums (every line: parts - total = 0) at once: Gauss-Jordan elimination over the hidden cells,
     * with the shown figures as known numbers. A hidden cell is determined exactly when its column
     * ends as a pivot whose row has nothing else in it.
     */
    static final class Attacker {

        static List<int[]> solvable(Cube cube, boolean timeAdds) {
            int nm = cube.municipalities();
            Map<Integer, Integer> column = new HashMap<>();
            List<int[]> unknown = new ArrayList<>();
            for (int i = 0; i < nm; i++) {
                for (int t = 0; t < 3; t++) {
                    for (int q = 0; q < 5; q++) {
                        if (cube.hidden(i, t, q)) {
                            column.put((i * 3 + t) * 5 + q, unknown.size());
                            unknown.add(new int[] {i, t, q});
                        }
                    }
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                for (int q = 0; q < 5; q++) {
                    int tt = t;
                    int qq = q;
                    rows.add(line(column, unknown.size(), nm, i -> new int[] {i, tt, qq}));
                }
            }
            for (int i = 0; i < nm; i++) {
                for (int q = 0; q < 5; q++) {
                    int ii = i;
                    int qq = q;
                    rows.add(line(column, unknown.size(), 3, t -> new int[] {ii, t, qq}));
                }
                for (int t = 0; t < 3 && timeAdds; t++) {
                    int ii = i;
                    int tt = t;
                    rows.add(line(column, unknown.size(), 5, p -> new int[] {ii, tt, p}));
                }
            }
            double[][] a = rows.toArray(double[][]::new);
            int n = unknown.size();
            int[] pivotRowOf = new int[n];
            Arrays.fill(pivotRowOf, -1);
            int r = 0;
            for (int c = 0; c < n && r < a.length; c++) {
                int best = r;
                for (int k = r; k < a.length; k++) {
                    if (Math.abs(a[k][c]) > Math.abs(a[best][c])) {
                        best = k;
                    }
                }
                if (Math.abs(a[best][c]) < 1e-9) {
                    continue;
                }
                double[] swap = a[r];
                a[r] = a[best];
                a[best] = swap;
                double pivot = a[r][c];
                for (int j = 0; j < n; j++) {
                    a[r][j] /= pivot;
                }
                for (int k = 0; k < a.length; k++) {
                    if (k != r && Math.abs(a[k][c]) > 1e-12) {
                        double f = a[k][c];
                        for (int j = 0; j < n; j++) {
                            a[k][j] -= f * a[r][j];
                        }
                    }
                }
                pivotRowOf[c] = r++;
            }
            List<int[]> solvable = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (pivotRowOf[c] < 0) {
                    continue;
                }
                boolean alone = true;
                for (int j = 0; j < n; j++) {
                    alone &= j == c || Math.abs(a[pivotRowOf[c]][j]) < 1e-9;
                }
                if (alone) {
                    solvable.add(unknown.get(c));
                }
            }
            return solvable;
        }

        /** One line's sum over the hidden cells: parts +1, total -1 (the shown ones are known). */
        private static double[] line(Map<Integer, Integer> column, int n, int length, Index index) {
            double[] row = new double[n];
            for (int i = 0; i < length; i++) {
                int[] c = index.at(i);
                Integer col = column.get((c[0] * 3 + c[1]) * 5 + c[2]);
                if (col != null) {
                    row[col] = i == length - 1 ? -1 : 1;
                }
            }
            return row;
        }
    }

    private interface Index {
        int[] at(int i);
    }

    private static void checkLine(Cube cube, Cell[][][] cells, int n, Index index, int run) {
        int[] total = index.at(n - 1);
        if (cube.hidden(total[0], total[1], total[2])) {
            return;
        }
        long people = 0;
        long groups = 0;
        for (int i = 0; i < n - 1; i++) {
            int[] c = index.at(i);
            if (cube.hidden(c[0], c[1], c[2])) {
                people += cells[c[0]][c[1]][c[2]].people();
                groups += cells[c[0]][c[1]][c[2]].groups();
            }
        }
        if (people > 0 || groups > 0) {
            assertThat(people >= Suppression.MIN_PEOPLE && groups >= Suppression.MIN_GROUPS)
                    .as("run %d: total minus shown parts reveals %d people in %d groups", run, people, groups)
                    .isTrue();
        }
    }

    private static void add(long[][][][] raw, int m, int t, int q, long value, long people, long groups) {
        int nm = raw.length - 1;
        for (int mm : new int[] {m, nm}) {
            for (int tt : new int[] {t, 2}) {
                for (int qq : new int[] {q, 4}) {
                    raw[mm][tt][qq][0] += value;
                    raw[mm][tt][qq][1] += people;
                    raw[mm][tt][qq][2] += groups;
                }
            }
        }
    }
}
