package nl.kringwerk.material.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Locale;
import java.util.Optional;
import nl.kringwerk.material.service.MaterialPiece;
import nl.kringwerk.material.service.PreparedTheme;
import nl.kringwerk.material.service.SessionThemes;
import nl.kringwerk.savings.ui.MeetingContext;
import nl.kringwerk.savings.ui.MeetingSection;
import org.springframework.core.annotation.Order;

/**
 * In meeting mode, after the money: the theme prepared for this session, with its steps as
 * prepared, the questions and (folded away) the note for the facilitator.
 */
@SpringComponent
@Order(50)
class ThemeMeetingSection implements MeetingSection {

    private final SessionThemes themes;

    ThemeMeetingSection(SessionThemes themes) {
        this.themes = themes;
    }

    @Override
    public Optional<Component> create(MeetingContext meeting) {
        if (meeting.state().sharingOut()) {
            return Optional.empty();
        }
        Locale locale = UI.getCurrent().getLocale();
        return themes.prepared(meeting.state().groupId(), meeting.sessionId(), locale)
                .map(Panel::new);
    }

    private static final class Panel extends Div {

        Panel(PreparedTheme theme) {
            addClassName("section");
            setId("meeting-theme");
            H2 title = new H2(getTranslation("themes.meeting.title", theme.title()));
            Span sub = new Span(getTranslation("themes.total", theme.minutes())
                    + (theme.bring() == null ? "" : " · " + getTranslation("material.bring") + ": " + theme.bring()));
            sub.addClassName("hint");
            OrderedList steps = new OrderedList();
            steps.addClassName("material-steps");
            for (MaterialPiece.Step step : theme.steps()) {
                Span minutes = new Span(getTranslation("material.minutes", step.minutes()));
                minutes.addClassName("step-minutes");
                steps.add(new ListItem(minutes, new Span(step.text())));
            }
            UnorderedList questions = new UnorderedList();
            theme.questions().forEach(q -> questions.add(new ListItem(q)));
            add(title, sub, steps, new Span(getTranslation("material.questions")), questions);
            if (theme.note() != null) {
                add(new Details(getTranslation("material.note"), new Paragraph(theme.note())));
            }
        }
    }
}
