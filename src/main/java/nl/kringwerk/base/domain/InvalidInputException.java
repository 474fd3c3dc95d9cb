package nl.kringwerk.base.domain;

import java.util.List;

/** Thrown by a service before anything is written, when the input breaks a rule. */
public class InvalidInputException extends RuntimeException {

    private final List<InvalidInput> problems;

    public InvalidInputException(List<InvalidInput> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InvalidInput problem) {
        this(List.of(problem));
    }

    /** The usual case: one field, one message key (with the message's arguments, if any). */
    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(InvalidInput.of(field, messageKey, arguments));
    }

    public static void throwIfAny(List<InvalidInput> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<InvalidInput> problems() {
        return problems;
    }
}
