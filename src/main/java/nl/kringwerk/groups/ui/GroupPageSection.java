package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kringwerk.groups.service.GroupPage;

/**
 * A part of the group page that another feature contributes (the savings cycle, later the
 * session calendar), so that groups never depends on the features built on top of it.
 */
public interface GroupPageSection {

    /** The section for this group, or empty when it does not apply (e.g. savings for a listening group). */
    Optional<Component> create(GroupPage page);
}
