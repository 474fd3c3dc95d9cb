package nl.kringwerk.loans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.Percent;

/**
 * A flat rate per 4 weeks on the principal, in basis points (200 = 2%). Zero is normal. Negative
 * rates are refused; above 10% per 4 weeks the group is warned, not stopped.
 */
public record InterestRate(int basisPointsPer4Weeks) {

    public static final InterestRate NONE = new InterestRate(0);
    public static final int WARN_ABOVE = 1000;

    public InterestRate {
        if (basisPointsPer4Weeks < 0) {
            throw InvalidInputException.of("interest", "error.interest-negative");
        }
    }

    /** Reads "2" or "2,5" (percent per 4 weeks). */
    public static InterestRate parsePercent(String text) {
        return new InterestRate(Percent.parseBasisPoints("interest", text));
    }

    public String percentText() {
        return Percent.format(basisPointsPer4Weeks);
    }

    public boolean deservesAWarning() {
        return basisPointsPer4Weeks > WARN_ABOVE;
    }

    /**
     * Interest for a loan over its term: principal x rate x (weeks / 4), rounded half up to the cent
     * once, on the whole loan, so instalments never accumulate rounding.
     */
    public Money interestFor(Money principal, int weeks) {
        BigDecimal cents = BigDecimal.valueOf(principal.cents())
                .multiply(BigDecimal.valueOf(basisPointsPer4Weeks))
                .multiply(BigDecimal.valueOf(weeks))
                .divide(BigDecimal.valueOf(10_000L * 4), 0, RoundingMode.HALF_UP);
        return Money.ofCents(cents.longValueExact());
    }
}
