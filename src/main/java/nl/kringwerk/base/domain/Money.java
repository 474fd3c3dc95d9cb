package nl.kringwerk.base.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An amount of euros as a whole number of cents. Never a double. Parses what a treasurer types
 * ("12,50", "1.234,50", "€ 7") and formats the Dutch way ("€ 1.234,50").
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    // Dutch: thousands with dots in groups of three, a comma and at most two decimals.
    private static final Pattern DUTCH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    // "10,-" or "10,–": whole euros, the everyday way to write them.
    private static final Pattern WHOLE_EUROS = Pattern.compile("(.*\\d),[-\u2013\u2012\u2014]");
    // A dot followed by one or two digits is a decimal sign in English, never in Dutch: "10.5", "50.00".
    private static final Pattern DOT_AS_DECIMAL = Pattern.compile("(\\d+)\\.(\\d{1,2})");
    // Digits with a space between them: "10 50" could be € 10,50 or € 1.050,00.
    private static final Pattern SPACE_INSIDE = Pattern.compile("(\\d+)\\s+(\\d+)");
    private static final long MAX_CENTS = 100_000_000_00L; // one hundred million euros: far beyond any box

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100));
    }

    /**
     * Reads a positive or zero amount as a Dutch person writes it: "12,50", "1.234,50", "€ 7", "10,-".
     * A dot is only a thousands separator; what Dutch does not read one way ("10.5", "10 50") is
     * refused with a suggestion ("Bedoel je 10,50?"), never guessed. Refuses letters, signs, more
     * than two decimals and absurdly large amounts with a message key for the field "amount".
     */
    public static Money parse(@Nullable String text) {
        String t = text == null
                ? ""
                : text.replace("€", " ")
                        .replace('\u00a0', ' ')
                        .replace('\u202f', ' ')
                        .strip();
        if (t.isEmpty()) {
            throw refuse("error.amount-required");
        }
        if (t.startsWith("-")) {
            throw refuse("error.amount-negative");
        }
        Matcher whole = WHOLE_EUROS.matcher(t);
        if (whole.matches()) {
            t = whole.group(1).strip();
        }
        Matcher spaced = SPACE_INSIDE.matcher(t);
        if (spaced.matches()) {
            String guess = spaced.group(2).length() <= 2
                    ? spaced.group(1) + "," + spaced.group(2)
                    : spaced.group(1) + spaced.group(2);
            throw refuse("error.amount-space", suggestion(guess));
        }
        if (!t.matches("[0-9.,]+")) {
            throw refuse("error.amount-not-a-number");
        }
        Matcher dotted = DOT_AS_DECIMAL.matcher(t);
        if (dotted.matches()) {
            throw refuse("error.amount-dot", suggestion(dotted.group(1) + "," + dotted.group(2)));
        }
        if (!DUTCH.matcher(t).matches()) {
            throw refuse(t.matches("\\d+[.,]\\d{3,}") ? "error.amount-too-many-decimals" : "error.amount-not-a-number");
        }
        BigDecimal value = new BigDecimal(t.replace(".", "").replace(',', '.'));
        if (value.scale() > 2) {
            throw refuse("error.amount-too-many-decimals");
        }
        BigDecimal cents = value.movePointRight(2);
        if (cents.compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
            throw refuse("error.amount-too-large");
        }
        return new Money(cents.longValueExact());
    }

    /** The amount as it would be written the Dutch way, without the euro sign: "10,50", "1.050,00". */
    private static String suggestion(String dutch) {
        return parse(dutch).format().replace("€ ", "");
    }

    private static InvalidInputException refuse(String key, Object... arguments) {
        return InvalidInputException.of("amount", key, arguments);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money abs() {
        return cents < 0 ? negate() : this;
    }

    /**
     * Splits this amount over the weights so that no cent is lost: each part gets its floor share,
     * and the cents left over go one by one to the largest remainders (ties: the earlier weight).
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("Allocate needs at least one weight");
        }
        if (Arrays.stream(weights).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("Weights cannot be negative");
        }
        long total = Arrays.stream(weights).sum();
        if (total == 0) {
            throw new IllegalArgumentException("At least one weight must be positive");
        }
        BigDecimal amount = BigDecimal.valueOf(cents);
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr =
                    amount.multiply(BigDecimal.valueOf(weights[i])).divideAndRemainder(BigDecimal.valueOf(total));
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += parts[i];
        }
        long left = cents - given;
        int step = left >= 0 ? 1 : -1;
        List<Integer> order = IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -Math.abs(remainders[i]))
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; left != 0; k = (k + 1) % order.size()) {
            parts[order.get(k)] += step;
            left -= step;
        }
        return Arrays.stream(parts).mapToObj(Money::new).toList();
    }

    /** "€ 1.234,50"; negative amounts as "-€ 12,00". */
    public String format() {
        return (cents < 0 ? "-" : "") + "€ " + formatNumber(Math.abs(cents));
    }

    /** A figure rounded to whole euros (or hundreds) reads without cents: "€ 68.600". */
    public String formatRounded() {
        long abs = Math.abs(cents);
        if (abs % 100 != 0) {
            return format();
        }
        return (cents < 0 ? "-" : "") + "€ "
                + String.format(Locale.ROOT, "%,d", abs / 100).replace(',', '.');
    }

    /** "1.234,50" without the euro sign, for columns of amounts; negative as "-12,00". */
    public String formatNumber() {
        return (cents < 0 ? "-" : "") + formatNumber(Math.abs(cents));
    }

    /** What a person would type for this amount, and {@link #parse} reads back: "250", "1234,50". */
    public String toInputText() {
        long abs = Math.abs(cents);
        String sign = cents < 0 ? "-" : "";
        return abs % 100 == 0
                ? sign + abs / 100
                : sign + abs / 100 + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    private static String formatNumber(long abs) {
        String euros = String.format(Locale.ROOT, "%,d", abs / 100).replace(',', '.');
        return euros + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return format();
    }
}
