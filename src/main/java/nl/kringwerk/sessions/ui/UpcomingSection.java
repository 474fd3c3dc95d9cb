package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.ui.GroupsOverviewSection;
import nl.kringwerk.sessions.service.CalendarService;
import nl.kringwerk.sessions.service.UpcomingSession;

/** "Binnenkort" on the start page: the sessions of the next two weeks across one's groups. */
@SpringComponent
class UpcomingSection implements GroupsOverviewSection {

    static final int DAYS = 14;

    private final CalendarService calendar;

    UpcomingSection(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<Component> create() {
        List<UpcomingSession> coming = calendar.upcoming(DAYS);
        if (coming.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("section");
        section.setId("upcoming");
        section.add(new H2(section.getTranslation("calendar.upcoming")));
        Locale locale = UI.getCurrent().getLocale();
        Div rows = new Div();
        rows.addClassName("rows");
        for (UpcomingSession s : coming) {
            // Savings sessions open in meeting mode, listening sessions in the runner.
            String route = (s.type() == GroupType.SAVINGS_CIRCLE ? "bijeenkomst/" : "luisteren/") + s.sessionId();
            Anchor link = new Anchor(route, s.groupName());
            link.addClassName("row-title");
            Span when = new Span(Dates.weekday(s.date().getDayOfWeek(), locale) + " " + Dates.format(s.date(), locale)
                    + " · " + s.time() + (s.place() == null ? "" : " · " + s.place()));
            when.addClassName("row-sub");
            Div text = new Div(link, when);
            text.addClassName("row-text");
            Div row = new Div(text);
            row.addClassName("member-row");
            row.setId("upcoming-" + s.groupId() + "-" + s.sessionId());
            rows.add(row);
        }
        section.add(rows);
        return Optional.of(section);
    }
}
