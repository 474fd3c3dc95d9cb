package nl.kringwerk.sessions.domain;

import java.util.List;

/** The tasks of a spaarkring session; every one is held by a different person that day. */
public enum SessionRole {
    BOOKKEEPER,
    COUNTER_1,
    COUNTER_2,
    CHAIR,
    /** Optional: holds a key of the cash box; never the chair or the bookkeeper. */
    KEY_HOLDER_1,
    KEY_HOLDER_2,
    /** Listening group: welcomes everyone (ontvangst). */
    HOST,
    /** Listening group: keeps an eye on the time (tijdbewaker). */
    TIME_KEEPER;

    /** The tasks of a listening-group session; the facilitator leads, these two rotate. */
    public static final List<SessionRole> LISTENING = List.of(HOST, TIME_KEEPER);
}
