package nl.kringwerk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.kringwerk.base.domain.TextKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dutch first, English second. Every text a user reads comes from these bundles. */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "i18n/messages";
    /** Further bundles of one feature each, read after the main one (passbook: issue 20). */
    static final List<String> MORE_BUNDLES = List.of("i18n/passbook");

    /**
     * The member's own pages (her passbook, issue 20) are also in the group screen's other languages.
     * Their texts are in {@code i18n/passbook_<tag>}; a key not there is shown in Dutch.
     */
    public static final List<String> MEMBER_ONLY_LANGUAGES = List.of("ar", "tr", "pl", "uk");

    static final String MEMBER_PAGES_BUNDLE = "i18n/passbook";

    /** English is asked for; anything else (or nothing) gets Dutch. */
    public static boolean isEnglish(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (locale != null && MEMBER_ONLY_LANGUAGES.contains(locale.getLanguage())) {
            ResourceBundle member = ResourceBundle.getBundle(
                    MEMBER_PAGES_BUNDLE, Locale.forLanguageTag(locale.getLanguage()), NO_FALLBACK);
            if (member.containsKey(key)) {
                return format(member.getString(key), locale, params);
            }
        }
        Locale effective = isEnglish(locale) ? ENGLISH : DUTCH;
        try {
            return format(pattern(key, effective), effective, params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private String format(String pattern, Locale locale, Object[] params) {
        return params.length == 0
                ? pattern
                : new MessageFormat(pattern, locale).format(isolated(words(params, locale), locale));
    }

    private static String pattern(String key, Locale locale) {
        ResourceBundle main = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        if (main.containsKey(key)) {
            return main.getString(key);
        }
        for (String bundle : MORE_BUNDLES) {
            ResourceBundle more = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
            if (more.containsKey(key)) {
                return more.getString(key);
            }
        }
        throw new MissingResourceException(key, BUNDLE, key);
    }

    /**
     * In a right-to-left sentence each inserted text (an amount, a name, a date) is a bidi isolate
     * (FSI ... PDI), so "€ 20,00" keeps its order and a Latin name does not pull the words beside it.
     */
    private static Object[] isolated(Object[] params, Locale locale) {
        if (!"ar".equals(locale.getLanguage())) {
            return params;
        }
        Object[] result = params.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String text) {
                result[i] = "\u2068" + text + "\u2069";
            }
        }
        return result;
    }

    /** Arguments that are words to translate ({@link TextKey}, or a list of them) are translated first. */
    private Object[] words(Object[] params, Locale locale) {
        Object[] result = params.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof TextKey word) {
                result[i] = getTranslation(word.key(), locale);
            } else if (result[i] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof TextKey) {
                result[i] = String.join(
                        ", ",
                        list.stream()
                                .map(w -> getTranslation(((TextKey) w).key(), locale))
                                .toList());
            }
        }
        return result;
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
