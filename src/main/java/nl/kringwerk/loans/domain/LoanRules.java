package nl.kringwerk.loans.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/** What the cycle's rules allow a member to ask for. The group still decides. */
public final class LoanRules {

    private LoanRules() {}

    /**
     * @param capMultiple        a loan is at most this many times her own savings; 0 means no cap
     * @param availableCash      cash in the box minus the social fund
     * @param moreThanOneAllowed the group allows a second open loan per member
     */
    public static List<InvalidInput> checkRequest(
            @Nullable Money amount,
            int weeks,
            Money ownSavings,
            Money availableCash,
            int capMultiple,
            int maxWeeks,
            boolean hasOpenLoan,
            boolean moreThanOneAllowed) {
        List<InvalidInput> problems = Texts.newProblems();
        if (amount == null || !amount.isPositive()) {
            problems.add(InvalidInput.of("amount", "error.amount-not-positive"));
        } else {
            if (capMultiple > 0 && amount.isGreaterThan(ownSavings.times(capMultiple))) {
                problems.add(InvalidInput.of(
                        "amount",
                        "error.loan-above-cap",
                        capMultiple,
                        ownSavings.times(capMultiple).format()));
            }
            if (amount.isGreaterThan(availableCash)) {
                problems.add(InvalidInput.of("amount", "error.loan-above-cash", availableCash.format()));
            }
        }
        if (weeks < 1 || weeks > maxWeeks) {
            problems.add(InvalidInput.of("weeks", "error.loan-term", maxWeeks));
        }
        if (hasOpenLoan && !moreThanOneAllowed) {
            problems.add(InvalidInput.of("member", "error.loan-already-open"));
        }
        return problems;
    }

    /**
     * Equal instalments per session; the cents that do not divide go to the first instalments, so
     * the instalments add up exactly to what is owed.
     */
    public static List<Money> instalments(Money owed, int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("At least one instalment");
        }
        long[] equal = new long[sessions];
        Arrays.fill(equal, 1);
        return Collections.unmodifiableList(owed.allocate(equal));
    }
}
