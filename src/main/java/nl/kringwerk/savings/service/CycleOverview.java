package nl.kringwerk.savings.service;

import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.CycleRules;

/**
 * The open (or latest) cycle of a group with its sessions and balances.
 *
 * @param continued this cycle continues the group's previous one
 */
public record CycleOverview(
        long cycleId,
        int number,
        CycleRules rules,
        boolean open,
        boolean sharingOut,
        boolean continued,
        List<SessionLine> sessions,
        Money box,
        Money totalSavings,
        Money socialFund,
        Money loansOutstanding,
        Money interestEarned) {}
