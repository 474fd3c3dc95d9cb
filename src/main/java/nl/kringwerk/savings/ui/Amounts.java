package nl.kringwerk.savings.ui;

import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;

/** Reads an amount field; a problem is reported against that field's name. */
final class Amounts {

    private Amounts() {
    }

    static Money parse(String field, String text) {
        try {
            return Money.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(InvalidInput.of(field, e.problems().get(0).messageKey()));
        }
    }

    /** "250" for € 250,00 and "12,50" for € 12,50: what a person would type. */
    static String typed(Money money) {
        return money.cents() % 100 == 0 ? String.valueOf(money.cents() / 100)
                : money.format().replace("€ ", "").replace(".", "");
    }
}
