package nl.kringwerk.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.ScreenLanguages;

/**
 * What a member sees, in her group's language(s): the group's screen, the counting question, the
 * printed forms she signs. A bundle of its own ({@code i18n/member_*.properties}), complete in every
 * {@link MemberLanguage}, apart from the staff screens' Dutch and English.
 *
 * <p>Every text is a {@link MessageFormat} pattern, with or without arguments: an apostrophe is
 * written twice.
 */
public final class MemberTexts {

    static final String BUNDLE = "i18n/member";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MemberTexts() {}

    public static String text(MemberLanguage language, String key, Object... args) {
        try {
            String pattern = bundle(language).getString(key);
            return new MessageFormat(pattern, language.locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** The text in each of the group's languages, one line each, the first language first. */
    public static String lines(ScreenLanguages languages, String key, Object... args) {
        return languages.all().stream().map(l -> text(l, key, args)).collect(Collectors.joining("\n"));
    }

    static ResourceBundle bundle(MemberLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.tag()), NO_FALLBACK);
    }
}
