package nl.kringwerk.savings.ui;

import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;

/** Reads an amount field; a problem is reported against that field's name. */
final class Amounts {

    private Amounts() {}

    static Money parse(String field, String text) {
        try {
            return Money.parse(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, e.problems().get(0).messageKey());
        }
    }
}
