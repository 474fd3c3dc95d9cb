package nl.kringwerk.savings.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.sessions.domain.RolePlan;
import nl.kringwerk.sessions.domain.SessionRole;
import org.jspecify.annotations.Nullable;

/**
 * Who leads, records and counts at one session. The counters and the bookkeeper are three people.
 * A role nobody has been given yet is null; {@link #problems} names it.
 */
public record SessionRoles(
        @Nullable Long chair,
        @Nullable Long bookkeeper,
        @Nullable Long counter1,
        @Nullable Long counter2) {

    public List<InvalidInput> problems(Collection<Long> presentMembers) {
        List<InvalidInput> problems = Texts.newProblems();
        check(problems, "chair", chair, presentMembers);
        check(problems, "bookkeeper", bookkeeper, presentMembers);
        check(problems, "counter1", counter1, presentMembers);
        check(problems, "counter2", counter2, presentMembers);
        if (problems.isEmpty()) {
            if (bookkeeper.equals(counter1) || bookkeeper.equals(counter2)) {
                problems.add(InvalidInput.of("bookkeeper", "error.bookkeeper-is-counter"));
            }
            if (counter1.equals(counter2)) {
                problems.add(InvalidInput.of("counter2", "error.counters-same"));
            }
        }
        return problems;
    }

    /** The tasks as the rotation planner sees them; a task nobody holds is left out. */
    public RolePlan asPlan() {
        Map<SessionRole, Long> holders = new EnumMap<>(SessionRole.class);
        holders.put(SessionRole.CHAIR, chair);
        holders.put(SessionRole.BOOKKEEPER, bookkeeper);
        holders.put(SessionRole.COUNTER_1, counter1);
        holders.put(SessionRole.COUNTER_2, counter2);
        holders.values().removeIf(Objects::isNull);
        return new RolePlan(holders);
    }

    public static SessionRoles of(RolePlan plan) {
        return new SessionRoles(
                plan.holder(SessionRole.CHAIR),
                plan.holder(SessionRole.BOOKKEEPER),
                plan.holder(SessionRole.COUNTER_1),
                plan.holder(SessionRole.COUNTER_2));
    }

    public boolean includes(long memberId) {
        return Stream.of(chair, bookkeeper, counter1, counter2).anyMatch(id -> id != null && id == memberId);
    }

    private static void check(
            List<InvalidInput> problems, String field, @Nullable Long member, Collection<Long> present) {
        if (member == null) {
            problems.add(InvalidInput.of(field, "error.required"));
        } else if (!present.contains(member)) {
            problems.add(InvalidInput.of(field, "error.role-not-present"));
        }
    }
}
