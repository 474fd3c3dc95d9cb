package nl.kringwerk.savings.ui;

import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.service.MeetingState;
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
        @Nullable Long saverId,
        @Nullable MeetingState state) {

    enum Type {
        /** The counters hold up an amount: "Heeft iedereen het gezien?" */
        SHOWING,
        /** Nothing is being shown (counted again, or booked). */
        CLEARED,
        /** Something was written: reread the session. */
        CHANGED,
        /** Something was booked: the meeting as it is now, to apply without reading (issue 22). */
        STATE,
        /** As {@link #STATE}, heard by the screen whose own request booked it. */
        BOOKED_HERE
    }

    static MeetingEvent showing(String memberName, Money amount, String labelKey) {
        return new MeetingEvent(Type.SHOWING, memberName, amount, labelKey, null, null);
    }

    /** Her savings at her turn: the group screen may add her goal (when she chose so). */
    static MeetingEvent showingSaving(long memberId, String memberName, Money amount, String labelKey) {
        return new MeetingEvent(Type.SHOWING, memberName, amount, labelKey, memberId, null);
    }

    static MeetingEvent cleared() {
        return new MeetingEvent(Type.CLEARED, null, null, null, null, null);
    }

    static MeetingEvent changed() {
        return new MeetingEvent(Type.CHANGED, null, null, null, null, null);
    }

    static MeetingEvent state(MeetingState state) {
        return new MeetingEvent(Type.STATE, null, null, null, null, state);
    }

    static MeetingEvent bookedHere(MeetingState state) {
        return new MeetingEvent(Type.BOOKED_HERE, null, null, null, null, state);
    }
}
