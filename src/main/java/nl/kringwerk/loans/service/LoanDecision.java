package nl.kringwerk.loans.service;

import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import org.jspecify.annotations.Nullable;

/**
 * What the chair records after putting a request to the group.
 *
 * @param interestText percent per 4 weeks as typed ("0", "2", "1,5"); ignored when declined
 */
public record LoanDecision(
        boolean approved,
        Tally tally,
        @Nullable String interestText,
        @Nullable RepaymentPlan plan) {}
