package nl.kringwerk.sessions.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.TextKey;

/**
 * Plans who does what, so that everyone has a task in turn and nobody dominates. For each session
 * and each task, the planner picks among the willing members the one who has had the fewest tasks so
 * far, then the fewest of this task, then the one who waited longest, then the next in the circle.
 * All tasks of one session go to different people, so the bookkeeper never counts and a key holder
 * is never chair or bookkeeper. A member who asked not to take a task is skipped.
 */
public final class RotationPlanner {

    private RotationPlanner() {}

    /**
     * @param circle     the members in the order they sit (the order of turns)
     * @param optedOut   members who asked not to take a task
     * @param keyHolders 0, 1 or 2 key holders per session
     */
    public static List<RolePlan> plan(List<Long> circle, Collection<Long> optedOut, int sessions, int keyHolders) {
        return plan(circle, optedOut, sessions, keyHolders, List.of());
    }

    /**
     * Continues a rotation: the tasks members already held (oldest first) count as if planned here,
     * so the next sessions go to those who had fewest.
     */
    public static List<RolePlan> plan(
            List<Long> circle, Collection<Long> optedOut, int sessions, int keyHolders, List<RolePlan> history) {
        return plan(circle, optedOut, sessions, roles(keyHolders), history);
    }

    /** The same fair rotation for any set of tasks, e.g. {@link SessionRole#LISTENING}. */
    public static List<RolePlan> plan(
            List<Long> circle,
            Collection<Long> optedOut,
            int sessions,
            List<SessionRole> roles,
            List<RolePlan> history) {
        List<Long> willing = circle.stream().filter(m -> !optedOut.contains(m)).toList();
        if (willing.size() < roles.size()) {
            throw tooFew(roles.size(), willing.size(), roles.subList(willing.size(), roles.size()));
        }
        Map<Long, Integer> total = new HashMap<>();
        Map<Long, Map<SessionRole, Integer>> perRole = new HashMap<>();
        Map<Long, Integer> lastSession = new HashMap<>();
        for (int past = 0; past < history.size(); past++) {
            int when = past - history.size();
            for (Map.Entry<SessionRole, Long> held : history.get(past).holders().entrySet()) {
                total.merge(held.getValue(), 1, Integer::sum);
                perRole.computeIfAbsent(held.getValue(), m -> new EnumMap<>(SessionRole.class))
                        .merge(held.getKey(), 1, Integer::sum);
                lastSession.put(held.getValue(), when);
            }
        }
        List<RolePlan> plans = new ArrayList<>();
        for (int session = 0; session < sessions; session++) {
            Map<SessionRole, Long> holders = new EnumMap<>(SessionRole.class);
            Set<Long> busy = new HashSet<>();
            for (SessionRole role : roles) {
                long pick = best(willing, busy, role, total, perRole, lastSession, session);
                holders.put(role, pick);
                busy.add(pick);
                total.merge(pick, 1, Integer::sum);
                perRole.computeIfAbsent(pick, m -> new EnumMap<>(SessionRole.class))
                        .merge(role, 1, Integer::sum);
                lastSession.put(pick, session);
            }
            plans.add(new RolePlan(holders));
        }
        return plans;
    }

    /**
     * Today's tasks: with fixed tasks for the cycle, those of its first session; otherwise the
     * rotation's next turn. Whoever is absent is then replaced.
     *
     * @param history the tasks held at the cycle's earlier sessions, oldest first
     */
    public static RolePlan today(
            List<Long> circle,
            Collection<Long> present,
            Collection<Long> optedOut,
            List<RolePlan> history,
            boolean fixedForTheCycle) {
        RolePlan next = fixedForTheCycle && !history.isEmpty()
                ? history.get(0)
                : plan(circle, optedOut, 1, 0, history).get(0);
        return replaceAbsent(next, circle, present, optedOut);
    }

    /**
     * The plan for the coming sessions: the tasks fixed for the cycle each time, or else the
     * rotation continued from what members held so far.
     */
    public static List<RolePlan> ahead(
            List<Long> circle,
            Collection<Long> optedOut,
            int sessions,
            List<RolePlan> history,
            Optional<RolePlan> fixedForTheCycle) {
        return fixedForTheCycle
                .map(fixed -> Collections.nCopies(sessions, fixed))
                .orElseGet(() -> plan(circle, optedOut, sessions, 0, history));
    }

    /**
     * On the day: whoever is absent is replaced by the next present, willing member in the circle
     * after her who has no task yet that day.
     */
    public static RolePlan replaceAbsent(
            RolePlan planned, List<Long> circle, Collection<Long> present, Collection<Long> optedOut) {
        Map<SessionRole, Long> holders = new EnumMap<>(planned.holders());
        List<SessionRole> unfilled = new ArrayList<>();
        Set<Long> busy = new HashSet<>();
        holders.values().stream().filter(present::contains).forEach(busy::add);
        for (Map.Entry<SessionRole, Long> entry : holders.entrySet()) {
            if (present.contains(entry.getValue())) {
                continue;
            }
            int start = Math.max(0, circle.indexOf(entry.getValue()));
            Long replacement = null;
            for (int step = 1; step <= circle.size() && replacement == null; step++) {
                long candidate = circle.get((start + step) % circle.size());
                if (present.contains(candidate) && !optedOut.contains(candidate) && !busy.contains(candidate)) {
                    replacement = candidate;
                }
            }
            if (replacement == null) {
                unfilled.add(entry.getKey());
            } else {
                entry.setValue(replacement);
                busy.add(replacement);
            }
        }
        if (!unfilled.isEmpty()) {
            throw tooFew(holders.size(), holders.size() - unfilled.size(), unfilled);
        }
        return new RolePlan(holders);
    }

    /** Says plainly which tasks cannot be given to anybody. */
    private static InvalidInputException tooFew(int needed, int available, List<SessionRole> unfilled) {
        return InvalidInputException.of(
                "members",
                "error.too-few-for-roles",
                needed,
                available,
                unfilled.stream()
                        .map(r -> new TextKey("session-role." + r.name()))
                        .toList());
    }

    private static long best(
            List<Long> willing,
            Set<Long> busy,
            SessionRole role,
            Map<Long, Integer> total,
            Map<Long, Map<SessionRole, Integer>> perRole,
            Map<Long, Integer> lastSession,
            int session) {
        Long best = null;
        for (long candidate : willing) {
            if (busy.contains(candidate)) {
                continue;
            }
            if (best == null || better(candidate, best, role, total, perRole, lastSession)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Earlier in the circle wins ties because candidates are visited in circle order. */
    private static boolean better(
            long a,
            long b,
            SessionRole role,
            Map<Long, Integer> total,
            Map<Long, Map<SessionRole, Integer>> perRole,
            Map<Long, Integer> lastSession) {
        int byTotal = Integer.compare(total.getOrDefault(a, 0), total.getOrDefault(b, 0));
        if (byTotal != 0) {
            return byTotal < 0;
        }
        int byRole = Integer.compare(
                perRole.getOrDefault(a, Map.of()).getOrDefault(role, 0),
                perRole.getOrDefault(b, Map.of()).getOrDefault(role, 0));
        if (byRole != 0) {
            return byRole < 0;
        }
        return lastSession.getOrDefault(a, -1) < lastSession.getOrDefault(b, -1);
    }

    private static List<SessionRole> roles(int keyHolders) {
        if (keyHolders < 0 || keyHolders > 2) {
            throw new IllegalArgumentException("0, 1 or 2 key holders");
        }
        List<SessionRole> roles = new ArrayList<>(
                List.of(SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.COUNTER_2, SessionRole.CHAIR));
        if (keyHolders >= 1) {
            roles.add(SessionRole.KEY_HOLDER_1);
        }
        if (keyHolders == 2) {
            roles.add(SessionRole.KEY_HOLDER_2);
        }
        return roles;
    }
}
