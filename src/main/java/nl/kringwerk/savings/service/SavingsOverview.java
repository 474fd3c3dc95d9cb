package nl.kringwerk.savings.service;

import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.Money;

/**
 * The spaaroverzicht: members down, sessions across, as on the paper form. A cell is what the
 * member saved at that session (a correction counts where it was made); no cell means no turn.
 */
public record SavingsOverview(
        String groupName, List<SessionLine> sessions, List<Row> rows, Map<Long, Money> sessionTotals, Money total) {

    public record Row(long memberId, String name, Map<Long, Money> savedBySession, Money total) {}
}
