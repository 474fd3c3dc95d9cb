package nl.kringwerk.savings.ui;

import java.io.Serializable;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * A meeting event on its way to the other instances of the app (issue 22, several instances). A
 * booking travels as its session id only: each instance reads the meeting from the shared database
 * itself, once, rather than trusting a state computed elsewhere. What the counters hold up ("Heeft
 * iedereen het gezien?") is in no database, so that travels as it is: a name, an amount in cents, a
 * text key.
 */
record RelayedMeetingEvent(
        long sessionId,
        MeetingEvent.Type type,
        @Nullable String memberName,
        @Nullable Long amountCents,
        @Nullable String labelKey,
        @Nullable Long saverId)
        implements Serializable {

    static final String TOPIC = "kringwerk.meeting-events";

    /** A booking committed: read the session again. */
    static RelayedMeetingEvent booked(long sessionId) {
        return new RelayedMeetingEvent(sessionId, MeetingEvent.Type.STATE, null, null, null, null);
    }

    /** What one device told the others; a state (from this instance's booking) goes as {@link #booked}. */
    static RelayedMeetingEvent of(long sessionId, MeetingEvent event) {
        if (event.type() == MeetingEvent.Type.STATE || event.type() == MeetingEvent.Type.BOOKED_HERE) {
            return booked(sessionId);
        }
        return new RelayedMeetingEvent(
                sessionId,
                event.type(),
                event.memberName(),
                event.amount() == null ? null : event.amount().cents(),
                event.labelKey(),
                event.saverId());
    }

    /** As this instance's screens hear it; not for a booking (that one is read from the database). */
    MeetingEvent event() {
        return new MeetingEvent(
                type, memberName, amountCents == null ? null : Money.ofCents(amountCents), labelKey, saverId, null);
    }
}
