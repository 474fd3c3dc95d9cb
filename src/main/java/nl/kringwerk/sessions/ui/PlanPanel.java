package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.sessions.domain.ListeningStep;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.SessionRole;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;

/** Before the session: who is here, and the plan of steps (minutes, order, skip, an extra step). */
class PlanPanel extends VerticalLayout {

    PlanPanel(ListeningView view) {
        setPadding(false);
        RunState state = view.state();
        add(attendance(view, state), tasks(view, state), plan(view, state));
        Button start = new Button(
                getTranslation("listening.start"),
                new Icon(VaadinIcon.PLAY),
                click -> view.attempt(() -> view.runner().start(state.sessionId())));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("start-listening");
        add(start);
    }

    private VerticalLayout attendance(ListeningView view, RunState state) {
        VerticalLayout section = section("listening-attendance", getTranslation("listening.who"));
        Div rows = new Div();
        rows.addClassName("rows");
        for (RunState.Attendee a : state.attendance()) {
            Span name = new Span(a.name());
            name.addClassName("row-title");
            Div choices = new Div();
            choices.addClassName("choice-buttons");
            for (Presence p : Presence.values()) {
                Button b = new Button(
                        getTranslation("attendance." + p.name()),
                        click -> view.attempt(() -> view.plan().markAttendance(state.sessionId(), a.memberId(), p)));
                b.addThemeVariants(ButtonVariant.LUMO_LARGE);
                if (a.presence() == p) {
                    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                b.setId("mark-" + p.name().toLowerCase() + "-" + a.memberId());
                choices.add(b);
            }
            Div row = new Div(name, choices);
            row.addClassName("member-row");
            rows.add(row);
        }
        section.add(rows);
        return section;
    }

    /** The host and the time keeper: a fair suggestion from the rotation, changeable. */
    private VerticalLayout tasks(ListeningView view, RunState state) {
        VerticalLayout section = section("listening-tasks", getTranslation("listening.tasks"));
        var suggestion = view.plan().suggestedTasks(state.sessionId());
        Long host = state.host() != null
                ? state.host()
                : suggestion.map(p -> p.holder(SessionRole.HOST)).orElse(null);
        Long timeKeeper = state.timeKeeper() != null
                ? state.timeKeeper()
                : suggestion.map(p -> p.holder(SessionRole.TIME_KEEPER)).orElse(null);
        List<Long> present =
                state.present().stream().map(RunState.Attendee::memberId).toList();
        Select<Long> hostSelect = person(getTranslation("session-role.HOST"), present, state, host, "task-host");
        Select<Long> timeSelect =
                person(getTranslation("session-role.TIME_KEEPER"), present, state, timeKeeper, "task-time-keeper");
        FieldErrors errors = new FieldErrors(this).bind("host", hostSelect).bind("timeKeeper", timeSelect);
        Button save = new Button(getTranslation("listening.tasks-save"), new Icon(VaadinIcon.CHECK), click -> {
            if (errors.attempt(
                    () -> view.plan().assignTasks(state.sessionId(), hostSelect.getValue(), timeSelect.getValue()))) {
                view.attempt(() -> {});
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_LARGE);
        save.setId("save-tasks");
        Div form = new Div(hostSelect, timeSelect, save);
        form.addClassName("inline-form");
        section.add(form);
        if (present.size() < 2) {
            section.add(new Span(getTranslation("listening.tasks-need-people")));
        }
        return section;
    }

    private Select<Long> person(String label, List<Long> present, RunState state, @Nullable Long value, String id) {
        Select<Long> select = new Select<>();
        select.setLabel(label);
        select.setItems(present);
        select.setItemLabelGenerator(state::nameOf);
        select.setEmptySelectionAllowed(true);
        if (value != null && present.contains(value)) {
            select.setValue(value);
        }
        select.setId(id);
        return select;
    }

    private VerticalLayout plan(ListeningView view, RunState state) {
        VerticalLayout section = section("listening-plan", getTranslation("listening.plan"));
        Span total = new Span(getTranslation("listening.plan-total", state.plannedMinutes()));
        total.addClassName("hint");
        total.setId("plan-total");
        Div rows = new Div();
        rows.addClassName("rows");
        for (RunState.Step step : state.steps()) {
            rows.add(stepRow(view, state, step));
        }
        section.add(total, rows, extraStep(view, state));
        return section;
    }

    private Div stepRow(ListeningView view, RunState state, RunState.Step step) {
        long id = state.sessionId();
        Span name = new Span(StepTexts.name(this, step, state.steps()));
        name.addClassName("row-title");
        Span hint = new Span(StepTexts.hint(this, step));
        hint.addClassName("row-sub");
        Div text = new Div(name, hint);
        text.addClassName("row-text");
        IntegerField minutes = new IntegerField(getTranslation("listening.minutes"));
        minutes.setValue(step.minutes());
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("9rem");
        minutes.setId("minutes-" + step.position());
        FieldErrors errors = new FieldErrors(this).bind("minutes", minutes);
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && errors.attempt(() -> view.plan().changeMinutes(id, step.position(), e.getValue()))) {
                view.attempt(() -> {});
            }
        });
        Button up = new Button(
                new Icon(VaadinIcon.ARROW_UP),
                click -> view.attempt(() -> view.plan().moveStep(id, step.position(), true)));
        up.setAriaLabel(getTranslation("listening.up"));
        up.setId("up-" + step.position());
        Button down = new Button(
                new Icon(VaadinIcon.ARROW_DOWN),
                click -> view.attempt(() -> view.plan().moveStep(id, step.position(), false)));
        down.setAriaLabel(getTranslation("listening.down"));
        down.setId("down-" + step.position());
        Button skip = new Button(
                getTranslation(step.skipped() ? "listening.unskip" : "listening.skip"),
                click -> view.attempt(() -> view.plan().skipStep(id, step.position(), !step.skipped())));
        skip.setId("skip-" + step.position());
        Div tools = new Div(minutes, up, down, skip);
        tools.addClassName("inline-form");
        Div row = new Div(text, tools);
        row.addClassName("member-row");
        if (step.skipped()) {
            row.addClassName("reversed");
        }
        row.setId("step-" + step.position());
        return row;
    }

    private Div extraStep(ListeningView view, RunState state) {
        TextField title = new TextField(getTranslation("listening.extra-title"));
        title.setMaxLength(ListeningStep.MAX_TITLE + 10);
        title.setId("extra-title");
        IntegerField minutes = new IntegerField(getTranslation("listening.minutes"));
        minutes.setValue(10);
        minutes.setStepButtonsVisible(true);
        minutes.setId("extra-minutes");
        FieldErrors errors = new FieldErrors(this).bind("title", title).bind("minutes", minutes);
        Button add = new Button(getTranslation("listening.add-step"), new Icon(VaadinIcon.PLUS), click -> {
            int last = state.steps().size() - 2; // before the closing round
            if (errors.attempt(
                    () -> view.plan().addStep(state.sessionId(), last, title.getValue(), minutes.getValue()))) {
                view.attempt(() -> {});
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add.setId("add-step");
        Div form = new Div(title, minutes, add);
        form.addClassName("inline-form");
        return form;
    }

    private VerticalLayout section(String id, String title) {
        VerticalLayout section = new VerticalLayout(new H2(title));
        section.setPadding(false);
        section.addClassName("section");
        section.setId(id);
        return section;
    }
}
