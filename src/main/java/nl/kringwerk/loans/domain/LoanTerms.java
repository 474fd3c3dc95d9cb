package nl.kringwerk.loans.domain;

import nl.kringwerk.base.domain.Money;

/**
 * What the group agreed: the principal, the term, and the interest as one amount for the whole
 * term (a flat rate per 4 weeks on the principal, rounded once), paid in one go or in instalments.
 */
public record LoanTerms(Money principal, int weeks, InterestRate rate, Money interest, int instalments) {

    public Money total() {
        return principal.plus(interest);
    }
}
