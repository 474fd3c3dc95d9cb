package nl.kringwerk.sessions.domain;

/** The tasks of a spaarkring session; every one is held by a different person that day. */
public enum SessionRole {
    BOOKKEEPER,
    COUNTER_1,
    COUNTER_2,
    CHAIR,
    /** Optional: holds a key of the cash box; never the chair or the bookkeeper. */
    KEY_HOLDER_1,
    KEY_HOLDER_2
}
