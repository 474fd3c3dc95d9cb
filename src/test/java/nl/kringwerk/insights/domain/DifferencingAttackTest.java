package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kringwerk.insights.domain.DifferencingAttack.Finding;
import nl.kringwerk.insights.domain.DifferencingAttack.Scope;
import org.junit.jupiter.api.Test;

/**
 * The promise of the page, tested by an attacker with a linear-programming solver
 * ({@link DifferencingAttack}): as each funder alone and as all of them together, with every table and
 * every relation between them, she cannot narrow a count about fewer than 3 groups or 10 people down
 * to an interval narrower than {@link Protection#PROMISED_GROUPS} groups or
 * {@link Protection#PROMISED_PEOPLE} people (two groups or five people either way). Run on data
 * shaped like the demo (a large municipality, small ones, a municipality funder, a fund and the
 * country) and on seeded random data; a larger run is in {@code DifferencingAttackBenchmark}.
 */
class DifferencingAttackTest {

    static final List<Scope> DEMO_FUNDERS = List.of(
            new Scope("gemeente", List.of(0, 1), List.of()),
            new Scope("fonds", List.of(), List.of(0)),
            new Scope("land", List.of(0, 1, 2, 3, 4), List.of()));

    @Test
    void noFunderNorAllFundersTogetherCanNarrowASmallFigureDownOnDemoShapedData() {
        for (List<Scope> funders : eachAloneAndAllTogether()) {
            check(42, 5, 3, 90, funders);
        }
    }

    @Test
    void allFundersTogetherCannotNarrowASmallFigureDownOnSeededData() {
        // Together they know more than any one of them alone: what holds for all holds for each.
        for (long seed = 1; seed <= 3; seed++) {
            check(seed, 4, 2, 40, DEMO_FUNDERS);
        }
    }

    static List<List<Scope>> eachAloneAndAllTogether() {
        List<List<Scope>> runs = new ArrayList<>();
        DEMO_FUNDERS.forEach(f -> runs.add(List.of(f)));
        runs.add(DEMO_FUNDERS);
        return runs;
    }

    static void check(long seed, int municipalities, int organisations, int groups, List<Scope> funders) {
        List<Finding> findings = new DifferencingAttack(
                        DifferencingAttack.generate(seed, municipalities, organisations, groups), funders)
                .run();
        String who = funders.size() == 1 ? funders.get(0).name() : "all funders";
        assertThat(findings).as("seed %d, %s: small figures found", seed, who).isNotEmpty();
        Finding narrowest = findings.stream()
                .min(Comparator.comparingDouble(f -> f.width() / promised(f)))
                .orElseThrow();
        System.out.printf(
                "attacker, seed %d, %s: %d small figures, narrowest interval %.2f wide (%s, true %d: %.2f-%.2f)%n",
                seed,
                who,
                findings.size(),
                narrowest.width(),
                narrowest.figure(),
                narrowest.truth(),
                narrowest.low(),
                narrowest.high());
        for (Finding f : findings) {
            assertThat(f.width())
                    .as(
                            "seed %d, %s: %s (true %d) proved within %.2f-%.2f",
                            seed, who, f.figure(), f.truth(), f.low(), f.high())
                    .isGreaterThanOrEqualTo(promised(f) - 1e-6);
            assertThat((double) f.truth()).isBetween(f.low() - 1e-6, f.high() + 1e-6);
        }
    }

    private static double promised(Finding f) {
        return f.people() ? Protection.PROMISED_PEOPLE : Protection.PROMISED_GROUPS;
    }
}
