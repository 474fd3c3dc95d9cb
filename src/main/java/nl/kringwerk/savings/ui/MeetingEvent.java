package nl.kringwerk.savings.ui;

import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What one device of a session tells the others; only {@code SHOWING} carries a name, an amount,
 * what is counted (a key of the members' texts, said by each screen in the group's languages), and the
 * member's id when it is her own savings turn (for the group screen's extras).
 */
record MeetingEvent(
        Type type,
        @Nullable String memberName,
        @Nullable Money amount,
        @Nullable String labelKey,
        @Nullable Long saverId) {

    enum Type {
        /** The counters hold up an amount: "Heeft iedereen het gezien?" */
        SHOWING,
        /** Nothing is being shown (counted again, or booked). */
        CLEARED,
        /** Something was written: reread the session. */
        CHANGED
    }

    static MeetingEvent showing(String memberName, Money amount, String labelKey) {
        return new MeetingEvent(Type.SHOWING, memberName, amount, labelKey, null);
    }

    /** Her savings at her turn: the group screen may add her goal (when she chose so). */
    static MeetingEvent showingSaving(long memberId, String memberName, Money amount, String labelKey) {
        return new MeetingEvent(Type.SHOWING, memberName, amount, labelKey, memberId);
    }

    static MeetingEvent cleared() {
        return new MeetingEvent(Type.CLEARED, null, null, null, null);
    }

    static MeetingEvent changed() {
        return new MeetingEvent(Type.CHANGED, null, null, null, null);
    }
}
