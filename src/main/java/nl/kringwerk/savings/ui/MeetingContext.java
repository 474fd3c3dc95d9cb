package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;

/**
 * What the parts of the meeting screen share: the service, the state, and how to tell the others.
 * Other features' {@link MeetingSection}s get it too.
 */
public record MeetingContext(Savings savings, MeetingState state, Runnable changed, Shower shower) {

    public interface Shower {
        /**
         * Show an amount to the whole table (this device and the group's screen).
         *
         * @param labelKey what is counted, a key of the members' texts, so each screen says it in the group's languages
         */
        void show(String memberName, Money amount, String labelKey);

        /** Her own savings at her turn: like {@link #show}, and the group screen knows whose turn it is. */
        default void showSaving(long memberId, String memberName, Money amount, String label) {
            show(memberName, amount, label);
        }

        void clear();
    }

    public long sessionId() {
        return state.sessionId();
    }

    /** Runs a step of the meeting; on success everyone's screen follows, on refusal the reason shows. */
    public void attempt(Component owner, Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (InvalidInputException e) {
            new FieldErrors(owner).show(e);
        }
    }
}
