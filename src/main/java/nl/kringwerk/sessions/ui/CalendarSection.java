package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.service.CalendarService;
import org.springframework.core.annotation.Order;

/**
 * The group's session calendar: the coming sessions (moved or cancelled ones with their reason),
 * an extra session, and the calendar file for a phone or computer.
 */
@SpringComponent
@Order(30)
class CalendarSection implements GroupPageSection {

    private final CalendarService calendar;
    private final Clock clock;

    CalendarSection(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        return Optional.of(new Panel(page));
    }

    private final class Panel extends VerticalLayout {

        Panel(GroupPage page) {
            setPadding(false);
            addClassName("section");
            setId("calendar");
            add(new H2(getTranslation("calendar.title")));
            LocalDate today = LocalDate.now(clock);
            List<CalendarEntry> coming = calendar.entries(page.id()).stream()
                    .filter(e -> !e.date().isBefore(today) || e.state() == CalendarEntry.State.UNDER_WAY)
                    .limit(8)
                    .toList();
            Div rows = new Div();
            rows.addClassName("rows");
            for (CalendarEntry entry : coming) {
                rows.add(row(page, entry));
            }
            if (coming.isEmpty()) {
                rows.add(new Span(getTranslation("calendar.none")));
            }
            add(rows);
            if (page.isActive()) {
                add(extra(page));
            }
            add(Downloads.file(
                    getTranslation("calendar.ics"),
                    "kringwerk-" + page.id() + ".ics",
                    "text/calendar",
                    () -> calendar.ics(page.id()),
                    "calendar-ics",
                    VaadinIcon.CALENDAR_USER));
        }

        private Div row(GroupPage page, CalendarEntry entry) {
            Span date = new Span(Dates.weekday(entry.date().getDayOfWeek(), getLocale()) + " "
                    + Dates.format(entry.date(), getLocale()));
            date.addClassName("row-title");
            String note = entry.movedFrom() != null
                    ? getTranslation(
                            "calendar.moved-from", Dates.format(entry.movedFrom(), getLocale()), entry.reason())
                    : entry.state() == CalendarEntry.State.CANCELLED
                            ? entry.reason()
                            : entry.extra() ? getTranslation("calendar.extra") : "";
            Span sub = new Span(note);
            sub.addClassName("row-sub");
            Div text = new Div(date, sub);
            text.addClassName("row-text");
            Span state =
                    new Span(getTranslation("calendar-state." + entry.state().name()));
            state.getElement()
                    .getThemeList()
                    .add(entry.state() == CalendarEntry.State.CANCELLED ? "badge contrast pill" : "badge pill");
            Div row = new Div(text, state);
            row.addClassName("member-row");
            row.setId("calendar-" + entry.sessionId());
            if (entry.isChangeable() && page.isActive()) {
                Button move = new Button(
                        getTranslation("calendar.move"),
                        new Icon(VaadinIcon.CALENDAR_CLOCK),
                        click -> CalendarChangeDialog.move(calendar, page.id(), entry, this::refresh)
                                .open());
                move.setId("move-" + entry.sessionId());
                Button cancel = new Button(
                        getTranslation("calendar.cancel"),
                        new Icon(VaadinIcon.BAN),
                        click -> CalendarChangeDialog.cancel(calendar, page.id(), entry, this::refresh)
                                .open());
                cancel.setId("cancel-" + entry.sessionId());
                row.add(move, cancel);
            }
            return row;
        }

        private Div extra(GroupPage page) {
            DatePicker day = Dates.picker(getTranslation("calendar.extra-date"), getLocale());
            day.setId("extra-date");
            FieldErrors errors = new FieldErrors(this).bind("date", day);
            Button add = new Button(getTranslation("calendar.add-extra"), new Icon(VaadinIcon.PLUS), click -> {
                if (errors.attempt(() -> calendar.addExtra(page.id(), day.getValue()))) {
                    refresh();
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add.setId("add-extra");
            Div form = new Div(day, add);
            form.addClassName("inline-form");
            return form;
        }

        private void refresh() {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }
}
