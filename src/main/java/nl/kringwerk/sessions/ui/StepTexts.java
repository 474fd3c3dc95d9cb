package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import nl.kringwerk.sessions.domain.StepKind;
import nl.kringwerk.sessions.service.RunState;

/** A step's name and hint: its own for an extra or theme step, the translated usual ones otherwise. */
final class StepTexts {

    private StepTexts() {}

    /**
     * The usual steps by their translated name, an extra step by its own; a theme's steps each carry
     * the theme's title and which of its steps they are ("Familie en mantelzorg: stap 2 van 4").
     */
    static String name(Component owner, RunState.Step step, List<RunState.Step> steps) {
        if (step.title() == null) {
            return owner.getTranslation("step-kind." + step.kind().name());
        }
        if (step.kind() != StepKind.THEME) {
            return step.title();
        }
        List<RunState.Step> theme =
                steps.stream().filter(s -> s.kind() == StepKind.THEME).toList();
        if (theme.size() < 2) {
            return step.title();
        }
        int number = 1 + theme.indexOf(step);
        return owner.getTranslation("step.theme-part", step.title(), number, theme.size());
    }

    /** What to do in the step: the prepared material's description, else the usual hint. */
    static String hint(Component owner, RunState.Step step) {
        return step.detail() != null
                ? step.detail()
                : owner.getTranslation("step-hint." + step.kind().name());
    }
}
