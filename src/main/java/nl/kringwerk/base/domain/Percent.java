package nl.kringwerk.base.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A percentage as people type it ("2", "2,5", "1.5%"), kept as whole basis points (250 = 2,5%). */
public final class Percent {

    private Percent() {}

    /** Empty means 0. Negative, non-numeric or more than two decimals is refused against the field. */
    public static int parseBasisPoints(String field, @Nullable String text) {
        String t = text == null ? "" : text.strip().replace("%", "").strip().replace(',', '.');
        if (t.isEmpty()) {
            return 0;
        }
        if (t.startsWith("-")) {
            throw InvalidInputException.of(field, "error.interest-negative");
        }
        try {
            BigDecimal percent = new BigDecimal(t);
            if (percent.scale() > 2) {
                throw InvalidInputException.of(field, "error.amount-too-many-decimals");
            }
            return percent.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of(field, "error.interest-not-a-number");
        }
    }

    /** 250 → "2,5"; 200 → "2"; as a Dutch person writes it. */
    public static String format(int basisPoints) {
        return BigDecimal.valueOf(basisPoints)
                .movePointLeft(2)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }
}
