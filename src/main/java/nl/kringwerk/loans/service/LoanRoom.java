package nl.kringwerk.loans.service;

import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a member may ask for now, shown before the request is made.
 *
 * @param cap           the most she may borrow by the cap rule (null when the group set no cap)
 * @param availableCash cash in the box minus the social fund
 */
public record LoanRoom(
        long memberId,
        Money ownSavings,
        @Nullable Money cap,
        Money availableCash,
        int maxWeeks,
        int defaultInterestBp,
        boolean hasOpenLoan,
        boolean moreThanOneAllowed) {

    /** The most she can get: the lower of her cap and the cash in the box. */
    public Money maximum() {
        Money max = cap == null ? availableCash : cap.min(availableCash);
        return max.max(Money.ZERO);
    }
}
