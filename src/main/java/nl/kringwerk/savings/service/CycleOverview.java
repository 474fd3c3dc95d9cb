package nl.kringwerk.savings.service;

import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.CycleRules;

/** The open (or latest) cycle of a group with its sessions and balances. */
public record CycleOverview(long cycleId, int number, CycleRules rules, boolean open, List<SessionLine> sessions,
        Money box, Money totalSavings, Money socialFund) {
}
