package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kringwerk.insights.domain.Suppression.Cell;
import nl.kringwerk.insights.domain.Suppression.Rounding;
import nl.kringwerk.insights.domain.Suppression.Shown;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void aFigureOnTooFewPeopleOrGroupsIsHiddenAndItsComplementToo() {
        // Savings circles: 40 people in 5 groups; listening groups: 8 people in 2 groups; total 48 in 7.
        List<Shown> shown = Suppression.table(
                List.of(new Cell("spaarkring", 40, 40, 5), new Cell("luistergroep", 8, 8, 2)),
                new Cell("totaal", 48, 48, 7),
                Rounding.COUNT);
        // The listening figure is too small; with the total shown, 48 - 40 would reveal it. With only one
        // part left to show, the total goes: the savings circles keep their figure.
        assertThat(shown).extracting(Shown::hidden).containsExactly(false, true, true);
        assertThat(shown.get(0).value()).isEqualTo(40);
    }

    @Test
    void anEmptyFigureIsShownAsZeroAndHidesNothingElse() {
        List<Shown> shown = Suppression.table(
                List.of(new Cell("spaarkring", 40, 40, 5), new Cell("luistergroep", 0, 0, 0)),
                new Cell("totaal", 40, 40, 5),
                Rounding.COUNT);
        assertThat(shown).extracting(Shown::hidden).containsExactly(false, false, false);
    }

    @Test
    void countsRoundToFiveAndMoneyToAHundredEuros() {
        assertThat(Rounding.COUNT.round(47)).isEqualTo(45);
        assertThat(Rounding.COUNT.round(48)).isEqualTo(50);
        assertThat(Rounding.MONEY_CENTS.round(1_234_56)).isEqualTo(1_200_00);
        assertThat(Rounding.MONEY_CENTS.round(1_250_00)).isEqualTo(1_300_00);
    }

    /**
     * Random small tables: every shown figure rests on at least 10 people and 3 groups, and when the
     * total is shown, the hidden parts together (the total minus the shown parts) do too.
     */
    @Test
    void noShownFigureOrDifferenceRevealsASmallGroupInRandomTables() {
        long seed = Long.getLong("kringwerk.seed", System.nanoTime());
        System.out.println("SuppressionTest seed " + seed);
        Random random = new Random(seed);
        for (int run = 0; run < 10_000; run++) {
            int n = 1 + random.nextInt(6);
            List<Cell> parts = new ArrayList<>();
            int people = 0;
            int groups = 0;
            for (int i = 0; i < n; i++) {
                int g = random.nextInt(6);
                int p = g == 0 ? 0 : g * (1 + random.nextInt(9));
                parts.add(new Cell("p" + i, p, p, g));
                people += p;
                groups += g;
            }
            Cell total = new Cell("t", people, people, groups);
            List<Shown> shown = Suppression.table(parts, total, Rounding.COUNT);
            String what = "seed " + seed + " run " + run + " " + parts;
            for (int i = 0; i < n; i++) {
                if (!shown.get(i).hidden() && parts.get(i).groups() > 0) {
                    assertThat(parts.get(i).people()).as(what).isGreaterThanOrEqualTo(Suppression.MIN_PEOPLE);
                    assertThat(parts.get(i).groups()).as(what).isGreaterThanOrEqualTo(Suppression.MIN_GROUPS);
                }
            }
            if (!shown.get(n).hidden() && total.groups() > 0) {
                assertThat(total.people()).as(what).isGreaterThanOrEqualTo(Suppression.MIN_PEOPLE);
                int hiddenPeople = 0;
                int hiddenGroups = 0;
                for (int i = 0; i < n; i++) {
                    if (shown.get(i).hidden()) {
                        hiddenPeople += parts.get(i).people();
                        hiddenGroups += parts.get(i).groups();
                    }
                }
                if (hiddenPeople > 0 || hiddenGroups > 0) {
                    assertThat(hiddenPeople)
                            .as(what + ": total minus shown")
                            .isGreaterThanOrEqualTo(Suppression.MIN_PEOPLE);
                    assertThat(hiddenGroups)
                            .as(what + ": total minus shown")
                            .isGreaterThanOrEqualTo(Suppression.MIN_GROUPS);
                }
            }
        }
    }
}
