package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;

/**
 * Run mode: the current step large, a quiet timer (no alarms), the agreements one tap away, and
 * whose turn it is around the circle of present members, with "Pas": nobody must speak. The turn
 * is kept on this screen only; nothing about it is stored.
 */
class RunPanel extends VerticalLayout {

    private final RunState.Step step;
    private final Clock clock;
    private final Instant stepStarted;
    private final Span timer = new Span();
    private final Span overTime = new Span();
    private final List<RunState.Attendee> circle;
    private int turn;
    private final Span speaker = new Span();
    private final Span passed = new Span();

    /** @param previous the run panel this one replaces; the timer and the turn carry over within a step */
    RunPanel(ListeningView view, @Nullable RunPanel previous, Clock clock) {
        this.clock = clock;
        RunState state = view.state();
        setPadding(false);
        addClassName("run-mode");
        setId("run-mode");
        step = state.current().orElseThrow();
        boolean sameStep = previous != null && previous.step.position() == step.position();
        stepStarted = sameStep ? previous.stepStarted : clock.instant();
        circle = state.present();
        turn = sameStep ? previous.turn : 0;

        List<RunState.Step> active =
                state.steps().stream().filter(s -> !s.skipped()).toList();
        int number = IntStream.range(0, active.size())
                        .filter(i -> active.get(i).position() == step.position())
                        .findFirst()
                        .orElse(0)
                + 1;
        Span progress = new Span(getTranslation("listening.step-of", number, active.size())
                + (state.host() == null
                        ? ""
                        : " · "
                                + getTranslation(
                                        "listening.tasks-line",
                                        state.nameOf(state.host()),
                                        state.nameOf(state.timeKeeper()))));
        progress.addClassName("hint");
        progress.setId("run-progress");
        Span name = new Span(StepTexts.name(this, step, state.steps()));
        name.addClassName("run-step");
        name.setId("current-step");
        Paragraph hint = new Paragraph(StepTexts.hint(this, step));
        hint.addClassName("run-hint");
        timer.addClassName("run-timer");
        timer.setId("run-timer");
        overTime.addClassName("hint");
        tick();

        Button agreements = new Button(
                getTranslation("listening.show-agreements"),
                new Icon(VaadinIcon.LIST),
                click -> agreements(state).open());
        agreements.addThemeVariants(ButtonVariant.LUMO_LARGE);
        agreements.setId("show-agreements");
        Div card = new Div(progress, name, hint, timer, overTime, agreements);
        card.addClassName("run-card");
        add(card, turns());
        for (RunSection section : view.sections()) {
            section.create(state, step).ifPresent(this::add);
        }
        add(navigation(view, state));
    }

    /** Called every second while the session runs. Quiet: the text changes colour, nothing rings. */
    void tick() {
        Duration spent = Duration.between(stepStarted, clock.instant());
        timer.setText(getTranslation(
                "listening.timer", String.format("%d:%02d", spent.toMinutes(), spent.toSecondsPart()), step.minutes()));
        boolean over = spent.toMinutes() >= step.minutes();
        timer.getElement().getClassList().set("over", over);
        overTime.setText(over ? getTranslation("listening.over-time") : "");
    }

    private Div turns() {
        Span label = new Span(getTranslation("listening.turn"));
        label.addClassName("hint");
        speaker.addClassName("run-speaker");
        speaker.setId("speaker");
        passed.addClassName("hint");
        passed.setId("passed");
        Div names = new Div();
        names.addClassName("run-circle");
        Button next = new Button(
                getTranslation("listening.turn-next"),
                new Icon(VaadinIcon.ARROW_RIGHT),
                click -> moveTurn(names, false));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setId("turn-next");
        Button pass = new Button(getTranslation("listening.turn-pass"), click -> moveTurn(names, true));
        pass.addThemeVariants(ButtonVariant.LUMO_LARGE);
        pass.setId("turn-pass");
        Div buttons = new Div(next, pass);
        buttons.addClassName("choice-buttons");
        showTurn(names);
        Div turns = new Div(label, speaker, names, passed, buttons);
        turns.addClassName("run-turns");
        turns.setVisible(!circle.isEmpty());
        return turns;
    }

    private void moveTurn(Div names, boolean pass) {
        passed.setText(
                pass ? getTranslation("listening.turn-passed", circle.get(turn).name()) : "");
        turn = (turn + 1) % circle.size();
        showTurn(names);
    }

    private void showTurn(Div names) {
        names.removeAll();
        if (circle.isEmpty()) {
            return;
        }
        speaker.setText(circle.get(turn).name());
        for (int i = 0; i < circle.size(); i++) {
            Span n = new Span(circle.get(i).name());
            n.addClassName(i == turn ? "run-name-now" : "run-name");
            names.add(n);
        }
    }

    private Div navigation(ListeningView view, RunState state) {
        long id = state.sessionId();
        OptionalInt previousStep = IntStream.iterate(step.position() - 1, i -> i >= 0, i -> i - 1)
                .filter(i -> !state.steps().get(i).skipped())
                .findFirst();
        OptionalInt nextStep = IntStream.range(
                        step.position() + 1, state.steps().size())
                .filter(i -> !state.steps().get(i).skipped())
                .findFirst();
        Button back = new Button(
                getTranslation("listening.previous-step"),
                new Icon(VaadinIcon.ARROW_LEFT),
                click -> view.attempt(() -> view.runner().goTo(id, previousStep.getAsInt())));
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.setEnabled(previousStep.isPresent());
        back.setId("previous-step");
        Button forward = nextStep.isPresent()
                ? new Button(
                        getTranslation("listening.next-step"),
                        new Icon(VaadinIcon.ARROW_RIGHT),
                        click -> view.attempt(() -> view.runner().goTo(id, nextStep.getAsInt())))
                : new Button(
                        getTranslation("listening.finish"),
                        new Icon(VaadinIcon.CHECK),
                        click -> view.attempt(() -> view.runner().finish(id)));
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        forward.setId(nextStep.isPresent() ? "next-step" : "finish");
        Div nav = new Div(back, forward);
        nav.addClassName("run-nav");
        return nav;
    }

    private Dialog agreements(RunState state) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("listening.agreements"));
        UnorderedList list = new UnorderedList();
        list.addClassName("agreements-list");
        state.agreements().forEach(a -> list.add(new ListItem(a)));
        dialog.add(list);
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        close.setId("close-agreements");
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 96vw)");
        return dialog;
    }
}
