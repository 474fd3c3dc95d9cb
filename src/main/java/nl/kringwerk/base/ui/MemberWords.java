package nl.kringwerk.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.MemberTexts;

/**
 * What members read, as elements that say their language: {@code lang} for the screen reader and the
 * browser's fonts and hyphens, {@code dir} so Arabic runs from right to left inside a Dutch page (an
 * element with {@code dir} is also isolated from the text around it).
 */
public final class MemberWords {

    private MemberWords() {}

    /** The text of the key in this language, with its lang and dir. */
    public static Span in(MemberLanguage language, String key, Object... args) {
        return speaking(language, new Span(MemberTexts.text(language, key, args)));
    }

    /** The text of the key in each of the group's languages, first language first. */
    public static Span[] inEach(ScreenLanguages languages, String key, String className, Object... args) {
        return languages.all().stream()
                .map(language -> {
                    Span span = in(language, key, args);
                    span.addClassName(className);
                    return span;
                })
                .toArray(Span[]::new);
    }

    /**
     * The text of the key in each of the group's languages side by side ("Spaargeld · ادخار"); the dot
     * between them is an element of its own, so it stays between them in either direction.
     */
    public static Div sideBySide(ScreenLanguages languages, String key, String className, Object... args) {
        Div line = new Div();
        line.addClassName(className);
        for (Span part : inEach(languages, key, className + "-part", args)) {
            if (line.getComponentCount() > 0) {
                Span dot = new Span("·");
                dot.addClassName("language-separator");
                dot.getElement().setAttribute("aria-hidden", "true");
                line.add(dot);
            }
            line.add(part);
        }
        return line;
    }

    /** Marks a component as being in this language. */
    public static <T extends HasElement> T speaking(MemberLanguage language, T component) {
        component.getElement().setAttribute("lang", language.tag()).setAttribute("dir", language.direction());
        return component;
    }

    /** An amount keeps its left-to-right order ("€ 12,50") inside Arabic. */
    public static Span amount(String formatted) {
        Span span = new Span(formatted);
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    /**
     * A name as typed (Arabic, Latin, Cyrillic...): its own direction, isolated from the text around it,
     * so "سميرة" and "Samira" both read well on a Dutch or an Arabic screen.
     */
    public static Span name(String name) {
        Span span = new Span(name);
        span.getElement().setAttribute("dir", "auto");
        return span;
    }
}
