package nl.kringwerk.savings.ui;

import com.vaadin.flow.dom.Element;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.MemberTexts;

/**
 * The group's screen says the name and the amount aloud, in the language the group chose: the
 * browser's own speech synthesis, asked from the server (no frontend build, no recording leaves the
 * device). A browser without it stays silent.
 */
final class ReadAloud {

    // Flow runs this through new Function, which the Content-Security-Policy allows ('unsafe-eval').
    private static final String SPEAK = "const s = window.speechSynthesis;"
            + " if (!s || typeof SpeechSynthesisUtterance === 'undefined') { return; }"
            + " const u = new SpeechSynthesisUtterance($0); u.lang = $1; s.cancel(); s.speak(u);";

    private ReadAloud() {}

    /** "Samira. Spaargeld: 12 euro 50." */
    static String sentence(MemberLanguage language, String name, String labelKey, Money amount) {
        return MemberTexts.text(
                language, "speech.showing", name, MemberTexts.text(language, labelKey), spoken(language, amount));
    }

    /** As people say it: "12 euro 50", "10 euro"; digits as digits, so the voice says them in its language. */
    private static String spoken(MemberLanguage language, Money amount) {
        long cents = Math.abs(amount.cents());
        String euros = String.valueOf(cents / 100);
        return cents % 100 == 0
                ? MemberTexts.text(language, "speech.euros", euros)
                : MemberTexts.text(language, "speech.euros-cents", euros, String.valueOf(cents % 100));
    }

    static void say(Element on, MemberLanguage language, String text) {
        on.executeJs(SPEAK, text, language.speechTag());
    }
}
