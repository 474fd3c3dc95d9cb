package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;

/**
 * What the parts of the meeting screen share: the service, the state, and how to tell the others.
 * Other features' {@link MeetingSection}s get it too. The state is the latest one the screen applied
 * (a booking's new state replaces it without rebuilding the screen).
 */
public final class MeetingContext {

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

    private final Savings savings;
    private volatile MeetingState state;
    private final Runnable changed;
    private final Runnable booked;
    private final Shower shower;

    public MeetingContext(Savings savings, MeetingState state, Runnable changed, Shower shower) {
        this(savings, state, changed, changed, shower);
    }

    /**
     * @param booked after a step that only booked (a "Ja, gezien"): the screens follow the booking's
     *               own new state; the screen reads only when that state did not reach it
     */
    public MeetingContext(Savings savings, MeetingState state, Runnable changed, Runnable booked, Shower shower) {
        this.savings = savings;
        this.state = state;
        this.changed = changed;
        this.booked = booked;
        this.shower = shower;
    }

    public Savings savings() {
        return savings;
    }

    /** The meeting as this screen shows it now. */
    public MeetingState state() {
        return state;
    }

    public Runnable changed() {
        return changed;
    }

    /** After a step that only booked: see the constructor. */
    public Runnable booked() {
        return booked;
    }

    public Shower shower() {
        return shower;
    }

    void apply(MeetingState newer) {
        this.state = newer;
    }

    public long sessionId() {
        return state.sessionId();
    }

    /** Runs a step of the meeting; on success everyone's screen follows, on refusal the reason shows. */
    public void attempt(Component owner, Runnable action) {
        attempt(owner, action, changed);
    }

    /** As {@link #attempt}, for a step that only books: the screens follow the booking's new state. */
    public void attemptBooking(Component owner, Runnable action) {
        attempt(owner, action, booked);
    }

    private static void attempt(Component owner, Runnable action, Runnable then) {
        try {
            action.run();
            then.run();
        } catch (InvalidInputException e) {
            new FieldErrors(owner).show(e);
        }
    }
}
