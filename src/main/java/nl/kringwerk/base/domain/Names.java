package nl.kringwerk.base.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names as people type them: of members, groups and organisations.
 *
 * <p>A name is kept in one Unicode form (NFC), with every kind of space at its ends removed and each
 * run of spaces inside made one ordinary space: "Zoë" typed with a separate diaeresis, or with a
 * no-break space after it, is the same "Zoë". It needs at least one visible character. Line breaks,
 * tabs, control characters and invisible ones (a zero-width space, a direction mark) are refused:
 * nobody sees them, so two names would look the same on screen and on paper while being different.
 * The joiners that build emoji and Persian words (ZWJ, ZWNJ) are part of the name.
 *
 * <p>Length counts the characters people see (extended grapheme clusters, Unicode UAX #29): "Zoë" is
 * 3, a woman with a skin tone is 1. Java 17's {@link java.text.BreakIterator} still splits emoji
 * sequences, so the regex {@code \X} of {@link Pattern} counts them.
 *
 * <p>Whether two names are the same is the database's rule, the collation of the name columns
 * ({@code utf8mb4_uca1400_as_ci}): letters with their accents and emoji count, capitals do not.
 * Services ask the database, so their check and the unique index can never disagree.
 */
public final class Names {

    /** Code points a stored name may have: room for any name of 80 characters people see. */
    public static final int MAX_CODE_POINTS = 255;

    private static final Pattern CHARACTER = Pattern.compile("\\X");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\s]+");

    private Names() {}

    /** The name as it is stored; null when nothing visible was typed. Call after {@link #check}. */
    public static @Nullable String normalise(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String name = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        return name.isEmpty() ? null : name;
    }

    /** A name that must be given: every problem with it, under the field's name. */
    public static void check(List<InvalidInput> problems, String field, @Nullable String typed, int maxCharacters) {
        if (typed == null || typed.codePoints().noneMatch(Names::isVisible)) {
            problems.add(InvalidInput.of(field, "error.required"));
        } else if (typed.codePoints().anyMatch(Names::isRefused)) {
            problems.add(InvalidInput.of(field, "error.name-characters"));
        } else {
            String name = normalise(typed);
            if (length(name) > maxCharacters || name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
                problems.add(InvalidInput.of(field, "error.too-long", maxCharacters));
            }
        }
    }

    /** The characters people see: "Zoë" is 3, "👩🏽" is 1. */
    public static int length(String name) {
        Matcher characters = CHARACTER.matcher(name);
        int count = 0;
        while (characters.find()) {
            count++;
        }
        return count;
    }

    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Line breaks, tabs, control and invisible characters; spaces of every width are allowed. */
    private static boolean isRefused(int c) {
        if (c == '\u200C' || c == '\u200D' || (c >= 0xE0020 && c <= 0xE007F)) {
            return false; // the joiners of emoji and Persian words, and the tags of flag emoji
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
