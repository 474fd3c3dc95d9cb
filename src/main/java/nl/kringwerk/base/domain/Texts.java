package nl.kringwerk.base.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks shared by all free-text fields. */
public final class Texts {

    private Texts() {}

    /** Trims; returns null for blank input. */
    public static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static void required(List<InvalidInput> problems, String field, @Nullable String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            problems.add(InvalidInput.of(field, "error.required"));
        } else if (cleaned.length() > maxLength) {
            problems.add(InvalidInput.of(field, "error.too-long", maxLength));
        }
    }

    public static void optional(List<InvalidInput> problems, String field, @Nullable String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > maxLength) {
            problems.add(InvalidInput.of(field, "error.too-long", maxLength));
        }
    }

    public static List<InvalidInput> newProblems() {
        return new ArrayList<>();
    }
}
