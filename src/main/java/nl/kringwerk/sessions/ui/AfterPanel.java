package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.service.RunState;

/** After the session: which steps were run, and how it went in one tap. Nothing else is asked. */
class AfterPanel extends VerticalLayout {

    AfterPanel(ListeningView view) {
        setPadding(false);
        addClassName("section");
        setId("after");
        RunState state = view.state();
        add(new Paragraph(getTranslation("listening.done")), new H2(getTranslation("listening.ran")));
        Div steps = new Div();
        steps.addClassName("rows");
        for (RunState.Step step : state.steps()) {
            Checkbox ran = new Checkbox(StepTexts.name(this, step, state.steps()), step.done());
            ran.setId("ran-" + step.position());
            ran.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    view.attempt(() -> view.runner().stepRan(state.sessionId(), step.position(), e.getValue()));
                }
            });
            steps.add(ran);
        }
        add(steps, new H2(getTranslation("listening.how")));
        Div choices = new Div();
        choices.addClassName("choice-buttons");
        for (Reflection r : Reflection.values()) {
            Button b = new Button(
                    getTranslation("reflection." + r.name()),
                    click -> view.attempt(() -> view.runner().reflect(state.sessionId(), r)));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            if (state.reflection() == r) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.setId("reflect-" + r.name().toLowerCase());
            choices.add(b);
        }
        add(choices, new Paragraph(getTranslation("listening.privacy")));
    }
}
