package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kringwerk.sessions.service.RunState;

/**
 * A part of a running listening session's screen that another feature contributes (the closing
 * tap), so that sessions never depend on the features built on top of them.
 */
public interface RunSection {

    /** The part for this step of the running session, or empty when it does not apply to it. */
    Optional<Component> create(RunState state, RunState.Step step);
}
