package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.service.RoundView;

/**
 * The pictograms and member texts of each answer and statement (Vaadin's own icons: no files, no
 * fonts), so a member who reads little finds her answer by its picture.
 */
final class RoundPictures {

    private static final VaadinIcon[] STATEMENTS = {
        VaadinIcon.WALLET, VaadinIcon.INSTITUTION, VaadinIcon.USERS, VaadinIcon.PIGGY_BANK, VaadinIcon.SUN_O
    };

    private static final String[] STATEMENT_KEYS = {
        "screen.round.statement.0",
        "screen.round.statement.1",
        "screen.round.statement.2",
        "screen.round.statement.3",
        "screen.round.statement.4"
    };
    private static final String[] BALLOT = {"screen.round.for", "screen.round.against", "screen.round.blank"};
    private static final String[] CLOSING = {"screen.round.lighter", "screen.round.same", "screen.round.heavier"};
    private static final String[] SCALE_3 = {"screen.round.scale3.0", "screen.round.scale3.1", "screen.round.scale3.2"};
    private static final String[] SCALE_5 = {
        "screen.round.scale5.0",
        "screen.round.scale5.1",
        "screen.round.scale5.2",
        "screen.round.scale5.3",
        "screen.round.scale5.4"
    };

    private RoundPictures() {}

    /** The member-text key of an outcome statement. */
    static String statementKey(int question) {
        return STATEMENT_KEYS[question];
    }

    /**
     * The statement in each of the group's languages side by side, in the words the round asked:
     * the organisation's own words where it chose them (Dutch, English), the standard words elsewhere.
     */
    static Div statementText(RoundView view, int question, String className) {
        Map<String, String> own =
                question < view.statements().size() ? view.statements().get(question) : Map.of();
        Div line = new Div();
        line.addClassName(className);
        for (MemberLanguage language : view.languages().all()) {
            if (line.getComponentCount() > 0) {
                Span dot = new Span("·");
                dot.addClassName("language-separator");
                dot.getElement().setAttribute("aria-hidden", "true");
                line.add(dot);
            }
            String text = own.get(language.tag());
            Span part = text == null
                    ? MemberWords.in(language, statementKey(question))
                    : MemberWords.speaking(language, new Span(text));
            part.addClassName(className + "-part");
            line.add(part);
        }
        return line;
    }

    static Icon statement(int question) {
        return hidden(new Icon(STATEMENTS[question]));
    }

    /** The member-text key of an answer. */
    static String answerKey(RoundPurpose purpose, int scale, int answer) {
        return switch (purpose) {
            case LOAN_BALLOT -> BALLOT[answer];
            case CLOSING -> CLOSING[answer];
            case OUTCOME -> scale == 3 ? SCALE_3[answer] : SCALE_5[answer];
        };
    }

    static Icon answer(RoundPurpose purpose, int scale, int answer) {
        VaadinIcon icon = switch (purpose) {
            case LOAN_BALLOT ->
                new VaadinIcon[] {VaadinIcon.THUMBS_UP, VaadinIcon.THUMBS_DOWN, VaadinIcon.CIRCLE_THIN}[answer];
            case CLOSING ->
                new VaadinIcon[] {
                            VaadinIcon.ARROW_CIRCLE_UP_O, VaadinIcon.MINUS_CIRCLE_O, VaadinIcon.ARROW_CIRCLE_DOWN_O
                        }
                        [answer];
            case OUTCOME ->
                scale == 3
                        ? new VaadinIcon[] {VaadinIcon.FROWN_O, VaadinIcon.MEH_O, VaadinIcon.SMILEY_O}[answer]
                        : new VaadinIcon[] {
                                    VaadinIcon.FROWN_O,
                                    VaadinIcon.FROWN_O,
                                    VaadinIcon.MEH_O,
                                    VaadinIcon.SMILEY_O,
                                    VaadinIcon.SMILEY_O
                                }
                                [answer];
        };
        Icon picture = hidden(new Icon(icon));
        picture.addClassName("round-answer-" + purpose.name().toLowerCase() + "-" + answer);
        return picture;
    }

    private static Icon hidden(Icon icon) {
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("round-picture");
        return icon;
    }
}
