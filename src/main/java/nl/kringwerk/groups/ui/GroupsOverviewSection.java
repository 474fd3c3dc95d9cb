package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the groups overview (the start page of staff) that another feature contributes, such
 * as the sessions coming up across one's groups.
 */
public interface GroupsOverviewSection {

    Optional<Component> create();
}
