package nl.kringwerk.insights.domain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The attacker of {@link DifferencingAttackTest} on more and larger seeded data sets (minutes, not
 * seconds, about three minutes): with -Pbench, {@code ./mvnw -Pbench verify -Dtest=DifferencingAttackBenchmark}.
 */
@Tag("benchmark")
class DifferencingAttackBenchmark {

    @Test
    void theSmallFiguresStayProtectedOnThirtySmallSeeds() {
        for (long seed = 1; seed <= 30; seed++) {
            DifferencingAttackTest.check(seed, 4, 2, 40, DifferencingAttackTest.DEMO_FUNDERS);
        }
    }

    @Test
    void theSmallFiguresStayProtectedOnTenLargerSeedsForEachFunderAndAllTogether() {
        for (long seed = 100; seed < 110; seed++) {
            for (var funders : DifferencingAttackTest.eachAloneAndAllTogether()) {
                DifferencingAttackTest.check(seed, 6, 3, 150, funders);
            }
        }
    }
}
