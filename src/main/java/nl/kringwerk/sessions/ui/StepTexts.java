package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import nl.kringwerk.sessions.domain.StepKind;
import nl.kringwerk.sessions.service.RunState;

/** A step's name: its own for an extra step, the translated usual name otherwise. */
final class StepTexts {

    private StepTexts() {
    }

    static String name(Component owner, RunState.Step step) {
        return step.kind() == StepKind.EXTRA ? step.title() : owner.getTranslation("step-kind." + step.kind().name());
    }
}
