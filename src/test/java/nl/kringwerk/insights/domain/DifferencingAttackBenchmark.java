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
    void theSmallFiguresStayProtectedOnTwentyLargerSeeds() {
        for (long seed = 100; seed < 120; seed++) {
            DifferencingAttackTest.check(seed, 6, 3, 150);
        }
    }
}
