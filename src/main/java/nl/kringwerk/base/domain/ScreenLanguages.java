package nl.kringwerk.base.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The language(s) a group chose for what its members see: the group's screen, the counting question
 * and the printed member forms. One language, or two (often Dutch plus one), the first one first.
 */
public record ScreenLanguages(
        MemberLanguage first, @Nullable MemberLanguage second) {

    public static final ScreenLanguages DUTCH = new ScreenLanguages(MemberLanguage.DUTCH, null);

    public ScreenLanguages {
        Objects.requireNonNull(first, "first");
        if (second == first) {
            second = null;
        }
    }

    public static ScreenLanguages of(MemberLanguage first, @Nullable MemberLanguage second) {
        return new ScreenLanguages(first, second);
    }

    /** The first language, then the second if there is one. */
    public List<MemberLanguage> all() {
        return second == null ? List.of(first) : List.of(first, second);
    }
}
