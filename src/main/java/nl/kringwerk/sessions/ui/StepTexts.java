package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import nl.kringwerk.sessions.service.RunState;

/** A step's name and hint: its own for an extra or theme step, the translated usual ones otherwise. */
final class StepTexts {

    private StepTexts() {}

    static String name(Component owner, RunState.Step step) {
        return step.title() != null
                ? step.title()
                : owner.getTranslation("step-kind." + step.kind().name());
    }

    /** What to do in the step: the prepared material's description, else the usual hint. */
    static String hint(Component owner, RunState.Step step) {
        return step.detail() != null
                ? step.detail()
                : owner.getTranslation("step-hint." + step.kind().name());
    }
}
