package nl.kringwerk.base.domain;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A language a member may read at the table: on the group's screen, in the counting question and on
 * the printed forms she signs. Staff screens stay Dutch and English; these are for the members.
 */
public enum MemberLanguage {
    DUTCH("nl", "nl-NL", "nl-NL"),
    ENGLISH("en", "en-GB", "en-GB"),
    // Latin digits, as on the notes and coins and in every amount Kringwerk shows.
    ARABIC("ar", "ar-u-nu-latn", "ar-SA"),
    TURKISH("tr", "tr-TR", "tr-TR"),
    POLISH("pl", "pl-PL", "pl-PL"),
    UKRAINIAN("uk", "uk-UA", "uk-UA");

    private final String tag;
    private final Locale locale;
    private final String speechTag;

    MemberLanguage(String tag, String localeTag, String speechTag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(localeTag);
        this.speechTag = speechTag;
    }

    /** The ISO 639-1 code, as in {@code lang="ar"}. */
    public String tag() {
        return tag;
    }

    /** For dates and numbers in this language (always with Latin digits). */
    public Locale locale() {
        return locale;
    }

    /** The language asked of the browser's speech synthesis. */
    public String speechTag() {
        return speechTag;
    }

    /** Written from right to left: the element that shows it gets {@code dir="rtl"}. */
    public boolean rightToLeft() {
        return this == ARABIC;
    }

    /** {@code dir} for an element in this language. */
    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The staff's language (Dutch or English) as a member language; anything else is Dutch. */
    public static MemberLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** The language with this ISO 639-1 code ({@code "ar"}), if it is one of these. */
    public static Optional<MemberLanguage> ofTag(@Nullable String tag) {
        for (MemberLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
