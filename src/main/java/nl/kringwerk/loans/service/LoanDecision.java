package nl.kringwerk.loans.service;

import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;

/**
 * What the chair records after putting a request to the group.
 *
 * @param interestText percent per 4 weeks as typed ("0", "2", "1,5"); ignored when declined
 */
public record LoanDecision(boolean approved, Tally tally, String interestText, RepaymentPlan plan) {}
