package nl.kringwerk.savings.ui;

import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What one device of a session tells the others; only {@code SHOWING} carries a name, an amount and
 * what is counted (a key of the members' texts, said by each screen in the group's languages).
 */
record MeetingEvent(
        Type type,
        @Nullable String memberName,
        @Nullable Money amount,
        @Nullable String labelKey) {

    enum Type {
        /** The counters hold up an amount: "Heeft iedereen het gezien?" */
        SHOWING,
        /** Nothing is being shown (counted again, or booked). */
        CLEARED,
        /** Something was written: reread the session. */
        CHANGED
    }

    static MeetingEvent showing(String memberName, Money amount, String labelKey) {
        return new MeetingEvent(Type.SHOWING, memberName, amount, labelKey);
    }

    static MeetingEvent cleared() {
        return new MeetingEvent(Type.CLEARED, null, null, null);
    }

    static MeetingEvent changed() {
        return new MeetingEvent(Type.CHANGED, null, null, null);
    }
}
