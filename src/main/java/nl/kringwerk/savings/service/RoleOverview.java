package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kringwerk.sessions.domain.SessionRole;

/**
 * Who held which task, and the fair plan for the coming sessions ("Samira was bookkeeper 4 times").
 *
 * @param history per member, how often she held each task in the sessions held so far
 * @param plan    the coming planned sessions with who is next for each task
 */
public record RoleOverview(String groupName, List<Held> history, List<Planned> plan, List<Swap> swaps) {

    /** A task handed over during a session. */
    public record Swap(LocalDate date, SessionRole role, String from, String to, String by) {}

    public record Held(long memberId, String name, Map<SessionRole, Integer> times) {

        public int total() {
            return times.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record Planned(long sessionId, LocalDate date, Map<SessionRole, String> holders) {}
}
