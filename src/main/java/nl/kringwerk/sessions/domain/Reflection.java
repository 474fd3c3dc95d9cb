package nl.kringwerk.sessions.domain;

/** How the session went, in one tap, for the facilitator's own reflection. Nothing more is kept. */
public enum Reflection {
    GOOD,
    MIXED,
    DIFFICULT
}
