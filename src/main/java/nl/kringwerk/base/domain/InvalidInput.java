package nl.kringwerk.base.domain;

import java.util.List;

/**
 * One thing wrong with what a user typed: which field, and a translation key for the message.
 * Domain rules return these; the view shows each next to its field.
 */
public record InvalidInput(String field, String messageKey, List<Object> arguments) {

    public InvalidInput {
        arguments = List.copyOf(arguments);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(field, messageKey, List.of(arguments));
    }
}
