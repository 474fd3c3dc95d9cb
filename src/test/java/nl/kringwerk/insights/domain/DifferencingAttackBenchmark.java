package nl.kringwerk.insights.domain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The attacker of {@link DifferencingAttackTest} on more and larger seeded data sets (minutes, not
 * seconds): with -Pbench, {@code ./mvnw -Pbench verify -Dtest=DifferencingAttackBenchmark}.
 */
@Tag("benchmark")
class DifferencingAttackBenchmark {

    @Test
    void theSmallFiguresStayProtectedOnFiftySmallSeeds() {
        for (long seed = 1; seed <= 50; seed++) {
            DifferencingAttackTest.check(seed, 4, 2, 40, DifferencingAttackTest.DEMO_FUNDERS);
        }
    }

    @Test
    void theSmallFiguresStayProtectedOnTwentyLargerSeedsForEachFunderAndAllTogether() {
        for (long seed = 100; seed < 120; seed++) {
            for (var funders : DifferencingAttackTest.eachAloneAndAllTogether()) {
                DifferencingAttackTest.check(seed, 6, 3, 150, funders);
            }
        }
    }
}
