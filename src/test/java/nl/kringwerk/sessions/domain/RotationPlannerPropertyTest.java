package nl.kringwerk.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random circles of 5-12 members (some asked not to take a task), 10-40 sessions, with 0-2
 * key holders: the constraints always hold, and the turns per willing member differ by at most one.
 */
class RotationPlannerPropertyTest {

    @Test
    void constraintsHoldAndTurnsAreSpreadEvenly() {
        long seed = Long.getLong("kringwerk.seed", System.nanoTime());
        System.out.println("RotationPlannerPropertyTest seed " + seed);
        Random random = new Random(seed);
        for (int run = 0; run < 2_000; run++) {
            int keyHolders = random.nextInt(3);
            int smallest = Math.max(5, 4 + keyHolders);
            int size = smallest + random.nextInt(13 - smallest);
            int sessions = 10 + random.nextInt(31);
            List<Long> circle = new ArrayList<>();
            for (long m = 1; m <= size; m++) {
                circle.add(m * 7 + random.nextInt(5));
            }
            int roles = 4 + keyHolders;
            Set<Long> optedOut = new HashSet<>();
            while (size - optedOut.size() > roles && random.nextInt(3) == 0) {
                optedOut.add(circle.get(random.nextInt(size)));
            }
            String what = "seed " + seed + " run " + run + ": " + size + " members, " + optedOut.size() + " opted out, "
                    + keyHolders + " key holders, " + sessions + " sessions";

            List<RolePlan> plans = RotationPlanner.plan(circle, optedOut, sessions, keyHolders);

            Map<Long, Integer> turns = new HashMap<>();
            circle.stream().filter(m -> !optedOut.contains(m)).forEach(m -> turns.put(m, 0));
            for (RolePlan plan : plans) {
                Map<SessionRole, Long> holders = plan.holders();
                assertThat(holders).as(what).hasSize(roles);
                assertThat(new HashSet<>(holders.values()))
                        .as(what + ": one task per person per session")
                        .hasSize(roles);
                assertThat(holders.values())
                        .as(what + ": nobody who asked not to")
                        .noneMatch(optedOut::contains);
                assertThat(holders.get(SessionRole.BOOKKEEPER))
                        .as(what)
                        .isNotIn(holders.get(SessionRole.COUNTER_1), holders.get(SessionRole.COUNTER_2));
                for (SessionRole key : List.of(SessionRole.KEY_HOLDER_1, SessionRole.KEY_HOLDER_2)) {
                    if (holders.containsKey(key)) {
                        assertThat(holders.get(key))
                                .as(what + ": a key holder is never chair or bookkeeper")
                                .isNotIn(holders.get(SessionRole.CHAIR), holders.get(SessionRole.BOOKKEEPER));
                    }
                }
                holders.values().forEach(m -> turns.merge(m, 1, Integer::sum));
            }
            IntSummaryStatistics spread =
                    turns.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            assertThat(spread.getMax() - spread.getMin())
                    .as(what + ": turns differ by at most one")
                    .isLessThanOrEqualTo(1);
        }
    }
}
