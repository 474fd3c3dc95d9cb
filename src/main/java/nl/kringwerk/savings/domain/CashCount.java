package nl.kringwerk.savings.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.Money;

/** Counting the box by notes and coins: how many of each, and what that makes. */
public final class CashCount {

    /** The notes and coins a counter sorts the box into, largest first. */
    public static final List<Money> DENOMINATIONS = List.of(
            Money.euros(50),
            Money.euros(20),
            Money.euros(10),
            Money.euros(5),
            Money.euros(2),
            Money.euros(1),
            Money.ofCents(50),
            Money.ofCents(20),
            Money.ofCents(10),
            Money.ofCents(5));

    private final Map<Money, Integer> pieces = new LinkedHashMap<>();

    public CashCount set(Money denomination, int count) {
        if (!DENOMINATIONS.contains(denomination)) {
            throw new IllegalArgumentException("Not a denomination we count: " + denomination);
        }
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        pieces.put(denomination, count);
        return this;
    }

    public int count(Money denomination) {
        return pieces.getOrDefault(denomination, 0);
    }

    public Money total() {
        return pieces.entrySet().stream()
                .map(e -> e.getKey().times(e.getValue()))
                .reduce(Money.ZERO, Money::plus);
    }
}
