package nl.kringwerk.loans.domain;

import nl.kringwerk.base.domain.Money;

/**
 * How one repayment is split. The rule: interest that is still due is paid first, then principal.
 * Anything beyond what is owed is refused by the caller, so a split never creates credit.
 */
public record Repayment(Money interest, Money principal) {

    public static Repayment split(Money paid, Money interestDue, Money principalDue) {
        if (!paid.isPositive()) {
            throw new IllegalArgumentException("A repayment is a positive amount");
        }
        if (paid.isGreaterThan(interestDue.plus(principalDue))) {
            throw new IllegalArgumentException("A repayment cannot exceed what is owed");
        }
        Money interest = paid.isGreaterThan(interestDue) ? interestDue : paid;
        return new Repayment(interest, paid.minus(interest));
    }
}
