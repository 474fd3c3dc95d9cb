package nl.kringwerk.material.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.material.service.SessionThemes;
import nl.kringwerk.material.service.ThemePlan;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.ui.ListeningView;
import org.springframework.core.annotation.Order;

/**
 * The theme part of the group's sessions on the group page: a theme for each coming session
 * (chosen from the library, adjusted for that session only) and, after a session, one tap on how
 * the piece worked. Shown to the staff who prepare sessions, not to the group's officers.
 */
@SpringComponent
@Order(25)
class ThemeSection implements GroupPageSection {

    private final SessionThemes themes;
    private final CurrentUser currentUser;

    ThemeSection(SessionThemes themes, CurrentUser currentUser) {
        this.themes = themes;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        boolean prepares =
                currentUser.find().map(u -> u.role().preparesSessions()).orElse(false);
        return prepares ? Optional.of(new Panel(page)) : Optional.empty();
    }

    private final class Panel extends VerticalLayout {

        private final GroupPage page;

        Panel(GroupPage page) {
            this.page = page;
            setPadding(false);
            addClassName("section");
            setId("themes");
            refresh();
        }

        private void refresh() {
            removeAll();
            ThemePlan plan = themes.themePlan(page.id(), getLocale());
            add(new H2(getTranslation("themes.title")), new Paragraph(getTranslation("themes.intro." + plan.type())));
            Div coming = new Div();
            coming.addClassName("rows");
            plan.coming().forEach(line -> coming.add(comingRow(plan, line)));
            if (plan.coming().isEmpty()) {
                coming.add(new Span(getTranslation("themes.none-coming")));
            }
            add(coming);
            if (!plan.past().isEmpty()) {
                Span head = new Span(getTranslation("themes.past"));
                head.addClassName("row-title");
                Div past = new Div();
                past.addClassName("rows");
                plan.past().forEach(line -> past.add(pastRow(line)));
                add(head, new Span(getTranslation("themes.past.hint")), past);
            }
        }

        private Div comingRow(ThemePlan plan, ThemePlan.Line line) {
            Div row = row(line);
            Div actions = new Div();
            actions.addClassName("choice-buttons");
            if (line.state() == CalendarEntry.State.PLANNED && page.isActive()) {
                Button choose = new Button(
                        getTranslation(line.prepared() ? "themes.other" : "themes.choose"),
                        new Icon(VaadinIcon.BOOK),
                        click -> new ChooseThemeDialog(themes, page.id(), line.sessionId(), this::refresh).open());
                choose.addThemeVariants(ButtonVariant.LUMO_LARGE);
                if (!line.prepared()) {
                    choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                choose.setId("choose-theme-" + line.sessionId());
                actions.add(choose);
            }
            if (line.prepared()) {
                if (plan.type() == GroupType.LISTENING_GROUP) {
                    RouterLink toPlan = new RouterLink(
                            getTranslation("themes.to-plan"),
                            ListeningView.class,
                            ListeningView.parameters(line.sessionId()));
                    toPlan.addClassName("big-link");
                    toPlan.setId("theme-plan-" + line.sessionId());
                    actions.add(toPlan);
                } else {
                    Button adjust = new Button(
                            getTranslation("themes.adjust"),
                            new Icon(VaadinIcon.EDIT),
                            click -> new PrepareDialog(themes, page.id(), line.sessionId(), this::refresh).open());
                    adjust.addThemeVariants(ButtonVariant.LUMO_LARGE);
                    adjust.setId("adjust-theme-" + line.sessionId());
                    actions.add(adjust);
                }
            }
            row.add(actions);
            return row;
        }

        private Div pastRow(ThemePlan.Line line) {
            Div row = row(line);
            Div taps = new Div();
            taps.addClassName("choice-buttons");
            FieldErrors errors = new FieldErrors(this);
            for (UseReflection reflection : UseReflection.values()) {
                Button tap = new Button(getTranslation("use-reflection." + reflection.name()), click -> {
                    if (errors.attempt(() -> themes.reflect(page.id(), line.sessionId(), reflection))) {
                        refresh();
                    }
                });
                tap.addThemeVariants(ButtonVariant.LUMO_LARGE);
                if (reflection == line.reflection()) {
                    tap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                tap.setId("reflect-" + line.sessionId() + "-" + reflection.name());
                taps.add(tap);
            }
            row.add(taps);
            return row;
        }

        private Div row(ThemePlan.Line line) {
            Span date = new Span(Dates.weekday(line.date().getDayOfWeek(), getLocale()) + " "
                    + Dates.format(line.date(), getLocale()));
            date.addClassName("row-title");
            Span theme = new Span(
                    line.prepared()
                            ? line.title() + " · " + getTranslation("material.minutes", line.minutes())
                            : getTranslation("themes.not-chosen"));
            theme.addClassName("row-sub");
            theme.setId("theme-" + line.sessionId());
            Div text = new Div(date, theme);
            text.addClassName("row-text");
            Div row = new Div(text);
            row.addClassName("member-row");
            return row;
        }
    }
}
