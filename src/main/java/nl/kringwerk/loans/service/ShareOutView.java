package nl.kringwerk.loans.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.savings.domain.InterestShare;
import org.jspecify.annotations.Nullable;

/**
 * The share-out of a cycle: before it is fixed a live calculation from the journal, afterwards
 * exactly what was fixed, with who has been paid.
 *
 * @param box          cash in the box: now, or as counted when the share-out was fixed
 * @param openLoans    what members still owe, settled against their pots
 * @param surplus      what the group earned: interest, plus or minus cash differences
 * @param fundDecision what the group decided about the social fund; null until the share-out is fixed
 */
public record ShareOutView(
        long sessionId,
        long groupId,
        String groupName,
        int cycleNumber,
        LocalDate date,
        boolean sessionOpen,
        boolean cycleOpen,
        boolean fixed,
        InterestShare basis,
        Money box,
        Money socialFund,
        Money totalSavings,
        Money openLoans,
        Money surplus,
        @Nullable SocialFundDecision fundDecision,
        @Nullable String fundNote,
        List<Pot> pots) {

    public boolean allPaid() {
        return fixed && pots.stream().allMatch(Pot::paid);
    }

    public Money totalPayout() {
        return pots.stream().map(Pot::payout).reduce(Money.ZERO, Money::plus);
    }

    public Money totalShare() {
        return pots.stream().map(Pot::share).reduce(Money.ZERO, Money::plus);
    }

    public Money totalSettled() {
        return pots.stream().map(Pot::loanSettled).reduce(Money.ZERO, Money::plus);
    }
}
