package nl.kringwerk.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.i18n.Translations;
import org.junit.jupiter.api.Test;

class RotationPlannerTest {

    static final List<Long> EIGHT = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

    @Test
    void theTasksOfOneSessionGoToDifferentPeople() {
        for (RolePlan plan : RotationPlanner.plan(EIGHT, Set.of(), 20, 2)) {
            assertThat(new HashSet<>(plan.holders().values())).hasSize(6);
        }
    }

    @Test
    void everyoneHasTasksAsEvenlyAsPossibleAndHoldsEveryTaskInTime() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 500; run++) {
            int size = random.nextInt(5, 13);
            List<Long> circle = LongStream.rangeClosed(1, size).boxed().toList();
            Set<Long> optedOut = new HashSet<>();
            if (size > 6 && random.nextBoolean()) {
                optedOut.add((long) random.nextInt(1, size + 1));
            }
            int keyHolders = size - optedOut.size() >= 6 ? random.nextInt(0, 3) : 0;
            int sessions = random.nextInt(1, 60);
            List<RolePlan> plans = RotationPlanner.plan(circle, optedOut, sessions, keyHolders);
            Map<Long, Integer> turns = new HashMap<>();
            plans.forEach(p -> p.holders().values().forEach(m -> turns.merge(m, 1, Integer::sum)));
            List<Long> willing =
                    circle.stream().filter(m -> !optedOut.contains(m)).toList();
            int max = willing.stream()
                    .mapToInt(m -> turns.getOrDefault(m, 0))
                    .max()
                    .orElse(0);
            int min = willing.stream()
                    .mapToInt(m -> turns.getOrDefault(m, 0))
                    .min()
                    .orElse(0);
            assertThat(max - min).as("seed %d run %d", seed, run).isLessThanOrEqualTo(1);
            optedOut.forEach(m -> assertThat(turns).as("seed %d", seed).doesNotContainKey(m));
        }
        // Over a long enough plan every willing member has been bookkeeper, counter and chair.
        List<RolePlan> year = RotationPlanner.plan(EIGHT, Set.of(), 52, 0);
        for (long member : EIGHT) {
            Set<SessionRole> held = new HashSet<>();
            year.forEach(p -> p.roleOf(member).ifPresent(held::add));
            assertThat(held)
                    .as("member %d", member)
                    .contains(SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.CHAIR);
        }
    }

    @Test
    void anAbsentMemberIsReplacedByTheNextPresentOneInTheCircle() {
        RolePlan planned = RotationPlanner.plan(EIGHT, Set.of(), 1, 0).get(0);
        long bookkeeper = planned.holder(SessionRole.BOOKKEEPER);
        Set<Long> present = new HashSet<>(EIGHT);
        present.remove(bookkeeper);
        RolePlan onTheDay = RotationPlanner.replaceAbsent(planned, EIGHT, present, Set.of());
        long replacement = onTheDay.holder(SessionRole.BOOKKEEPER);
        assertThat(replacement).isNotEqualTo(bookkeeper);
        assertThat(present).contains(replacement);
        assertThat(new HashSet<>(onTheDay.holders().values())).hasSize(4);
        // the next in the circle after the absent bookkeeper who had no task yet
        long expected = EIGHT.stream()
                .skip(EIGHT.indexOf(bookkeeper) + 1)
                .filter(m -> !planned.holders().containsValue(m))
                .findFirst()
                .orElseThrow();
        assertThat(replacement).isEqualTo(expected);
    }

    @Test
    void tooFewWillingMembersIsSaidPlainly() {
        assertThatThrownBy(() -> RotationPlanner.plan(List.of(1L, 2L, 3L, 4L, 5L), Set.of(5L, 4L), 3, 0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var problem = ((InvalidInputException) e).problems().get(0);
                    assertThat(problem.messageKey()).isEqualTo("error.too-few-for-roles");
                    // Four tasks, three willing: the chair cannot be given to anybody, and the message says so.
                    assertThat(new Translations()
                                    .getTranslation(
                                            problem.messageKey(),
                                            Translations.DUTCH,
                                            problem.arguments().toArray()))
                            .isEqualTo("Te weinig mensen voor alle taken: 4 nodig, 3 beschikbaar. Niet te verdelen:"
                                    + " voorzitter.");
                });
    }
}
