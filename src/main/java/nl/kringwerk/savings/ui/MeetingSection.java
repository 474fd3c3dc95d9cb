package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of meeting mode that another feature contributes (loans, the share-out), so that
 * savings never depends on the features built on top of it. Shown while the session is open.
 */
public interface MeetingSection {

    /** The section for this session, or empty when it does not apply now. */
    Optional<Component> create(MeetingContext meeting);

    /** What the section adds once the session is closed (e.g. the members' receipts); usually nothing. */
    default Optional<Component> afterClose(MeetingContext meeting) {
        return Optional.empty();
    }
}
