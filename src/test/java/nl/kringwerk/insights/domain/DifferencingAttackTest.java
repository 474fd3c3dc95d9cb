package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import nl.kringwerk.insights.domain.DifferencingAttack.Finding;
import nl.kringwerk.insights.domain.DifferencingAttack.Scope;
import org.junit.jupiter.api.Test;

/**
 * The promise of the page, tested by an attacker with a linear-programming solver
 * ({@link DifferencingAttack}): as each funder and as all of them together, with every table and
 * every relation between them, she cannot narrow a count about fewer than 3 groups or 10 people down
 * to an interval narrower than {@link Protection#PROMISED_GROUPS} groups or
 * {@link Protection#PROMISED_PEOPLE} people. Run on data shaped like the demo (a large municipality,
 * small ones, a municipality funder, a fund and the country) and on seeded random data; a larger run
 * is in {@code DifferencingAttackBenchmark}.
 */
class DifferencingAttackTest {

    static final List<Scope> DEMO_FUNDERS = List.of(
            new Scope("gemeente", List.of(0, 1), List.of()),
            new Scope("fonds", List.of(), List.of(0)),
            new Scope("land", List.of(0, 1, 2, 3, 4), List.of()));

    @Test
    void noFunderNorAllFundersTogetherCanNarrowASmallFigureDownOnDemoShapedData() {
        check(42, 5, 3, 90);
    }

    @Test
    void noFunderNorAllFundersTogetherCanNarrowASmallFigureDownOnSeededData() {
        for (long seed = 1; seed <= 3; seed++) {
            check(seed, 4, 2, 40);
        }
    }

    static void check(long seed, int municipalities, int organisations, int groups) {
        List<Finding> findings = new DifferencingAttack(
                        DifferencingAttack.generate(seed, municipalities, organisations, groups), DEMO_FUNDERS)
                .run();
        Finding narrowest = findings.stream()
                .min(Comparator.comparingDouble(f -> f.width() / promised(f)))
                .orElseThrow();
        System.out.printf(
                "attacker, seed %d: %d small figures, narrowest interval %.2f wide (%s, true %d: %.2f-%.2f)%n",
                seed,
                findings.size(),
                narrowest.width(),
                narrowest.figure(),
                narrowest.truth(),
                narrowest.low(),
                narrowest.high());
        assertThat(findings).as("seed %d: small figures found", seed).isNotEmpty();
        for (Finding f : findings) {
            assertThat(f.width())
                    .as("seed %d: %s (true %d) proved within %.2f-%.2f", seed, f.figure(), f.truth(), f.low(), f.high())
                    .isGreaterThanOrEqualTo(promised(f) - 1e-6);
            assertThat(f.truth()).isBetween((long) Math.floor(f.low() - 1e-6), (long) Math.ceil(f.high() + 1e-6));
        }
    }

    private static double promised(Finding f) {
        return f.figure().endsWith("members-reached") ? Protection.PROMISED_PEOPLE : Protection.PROMISED_GROUPS;
    }
}
