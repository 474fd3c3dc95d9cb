package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.service.MeetingState;

/**
 * A part of the group screen that another feature contributes (a member's savings goal at her turn,
 * the receipt after the session), so that savings never depends on the features built on top of it.
 * It runs as the user who opened the group screen.
 */
public interface GroupScreenSection {

    /** Under her amount while the counters hold up her savings ("Heeft iedereen het gezien?"). */
    default Optional<Component> atTurn(MeetingState state, long memberId, Money shown) {
        return Optional.empty();
    }

    /** Under the totals while nothing is being counted. */
    default Optional<Component> whenIdle(MeetingState state) {
        return Optional.empty();
    }
}
