package nl.kringwerk.savings.service;

import java.util.Map;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.sessions.domain.SessionRole;

/**
 * What the paper pack of a group's next evening is printed from: the session (its members, the
 * rules, what is in the box), who has which task that evening, and what each member saved so far
 * in the cycle.
 *
 * @param tasks      the evening's tasks: set when the session is open, else the plan's proposal;
 *                   empty when there is no plan (fewer than four members)
 * @param savedSoFar by member id; a member who saved nothing yet is not in it
 */
public record EveningPaper(MeetingState meeting, Map<SessionRole, String> tasks, Map<Long, Money> savedSoFar) {

    public Money savedSoFar(long memberId) {
        return savedSoFar.getOrDefault(memberId, Money.ZERO);
    }
}
