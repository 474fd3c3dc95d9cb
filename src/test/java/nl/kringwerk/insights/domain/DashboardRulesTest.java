package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rules of the page that close the leaks the attacker found (issue 18): an empty figure looks
 * like a small one, a shown count is never 0, and new and stopped groups are given per year only.
 */
class DashboardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> PLACES = List.of("Grootstad", "Kleindorp");

    @Test
    void aFigureAboutNoGroupIsHiddenLikeOneAboutOneGroupSoHiddenNeverMeansAtLeastOne() {
        // Grootstad has savings circles only; Kleindorp nothing at all.
        Dashboard d = build(Map.of("Grootstad", savingsCircles(12, 8)), "Kleindorp", null);
        for (Dashboard.Row row : d.rows()) {
            for (Dashboard.Value v : row.values()) {
                if (v != null) {
                    assertThat(v.hidden()).as(row.key()).isTrue();
                }
            }
        }
        Dashboard large = build(Map.of("Grootstad", savingsCircles(12, 8)), "Grootstad", null);
        assertThat(large.row("groups-active").values().get(1).hidden())
                .as("no listening groups: hidden, not 0")
                .isTrue();
        assertThat(large.row("attendance").values().get(1).hidden()).isTrue();
    }

    @Test
    void aShownCountIsNeverZero() {
        // Three groups, just enough to show; whatever their keys, the count shown is at least 5.
        Random random = new Random(18);
        for (int run = 0; run < 500; run++) {
            Figures[][] f = savingsCircles(3, 5, random.nextLong());
            Dashboard d = build(Map.of("Grootstad", f), "Grootstad", null);
            for (String key : List.of("groups-active", "members-reached", "sessions")) {
                Dashboard.Value v = d.row(key).values().get(0);
                assertThat(v.hidden()).isFalse();
                assertThat(v.value()).as(key).isGreaterThanOrEqualTo(Protection.ROUND_COUNT);
            }
        }
    }

    @Test
    void newAndStoppedGroupsAreGivenForTheWholeYearOnly() {
        Map<String, Figures[][]> figures = Map.of("Grootstad", savingsCircles(30, 8));
        for (int q = 1; q <= 4; q++) {
            Dashboard d = build(figures, null, q);
            assertThat(d.row("groups-started").values()).containsOnlyNulls();
            assertThat(d.row("groups-ended").values()).containsOnlyNulls();
            assertThat(d.row("groups-active").values().get(0).hidden()).isFalse();
        }
        Dashboard year = build(figures, null, null);
        assertThat(year.row("groups-started").values().get(0).value()).isNotNull();
    }

    private static Dashboard build(
            Map<String, Figures[][]> byMunicipality, @Nullable String municipality, @Nullable Integer quarter) {
        Map<String, @Nullable Figures[][]> own = new HashMap<>(byMunicipality);
        Figures[][][] cube = DashboardBuilder.withTotals(PLACES, own);
        return DashboardBuilder.build(PLACES, municipality, 2026, quarter, Map.of(2026, cube), List.of(), TODAY);
    }

    private static Figures[][] savingsCircles(int groups, int membersEach) {
        return savingsCircles(groups, membersEach, 1);
    }

    /** Groups of savings circles active all year, half of them new, one stopped, each with sessions. */
    private static Figures[][] savingsCircles(int groups, int membersEach, long seed) {
        Random random = new Random(seed);
        Figures[][] f = new Figures[2][5];
        for (int g = 0; g < groups; g++) {
            long key = Integer.toUnsignedLong(random.nextInt());
            long membersKey = Integer.toUnsignedLong(random.nextInt());
            for (int p = 0; p < 5; p++) {
                boolean started = g % 2 == 0 && (p == 0 || p == 4);
                boolean ended = g == 0 && (p == 3 || p == 4);
                GroupPeriod gp = GroupPeriod.of(g, p == 4 ? 'Y' : 'Q', LocalDate.of(2026, 1, 1), started, ended)
                        .withMembers(membersEach, 0, membersKey, 0)
                        .withSessions(p == 4 ? 24 : 6, membersEach * 5, membersEach * 6)
                        .withGroupKey(key);
                Figures x = Figures.ofGroup(gp);
                f[0][p] = f[0][p] == null ? x : f[0][p].plus(x);
            }
        }
        return f;
    }
}
