package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
                            assertThat(cells[i][t][q].tooSmall()).as("shown cell %d %d %d run %d", i, t, q, run).isFalse();
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
        }
        assertThat(hiddenSomewhere).as("the random data does exercise hiding").isGreaterThan(1000);
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
                        f[t][q] = new Figures(groups, random.nextInt(2), random.nextInt(2), groups, groups, groups,
                                groups, people, random.nextInt(3), people, people, groups * 10, people * 8,
                                people * 10, groups, random.nextInt((int) groups + 1), people * 1000, people * 500,
                                groups, random.nextInt((int) groups + 1));
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
                lives.add(new GroupLife(g, 1, municipalities.get(random.nextInt(municipalities.size())),
                        random.nextBoolean() ? "SAVINGS_CIRCLE" : "LISTENING_GROUP", start,
                        random.nextInt(3) == 0 ? start.plusDays(random.nextInt(400)) : null, 3 + random.nextInt(6)));
            }
            for (String municipality : withAll(municipalities)) {
                for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
                    Dashboard d = DashboardBuilder.build(municipalities, municipality, 2026, quarter,
                            Map.of(2026, all), lives, today);
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
                        long observed = lives.stream().filter(l -> municipality == null
                                || l.municipality().equals(municipality))
                                .filter(l -> s.type().equals("ALL") || l.type().equals(s.type())).count();
                        if (observed < Suppression.MIN_GROUPS) {
                            assertThat(s.afterYears()).allMatch(Dashboard.Value::hidden);
                            assertThat(s.curve()).hasSize(1);
                        }
                    }
                }
            }
        }
    }

    private static List<String> withAll(List<String> municipalities) {
        List<String> list = new ArrayList<>(municipalities);
        list.add(null);
        return list;
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
                    .as("run %d: total minus shown parts reveals %d people in %d groups", run, people, groups).isTrue();
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
