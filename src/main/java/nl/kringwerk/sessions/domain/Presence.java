package nl.kringwerk.sessions.domain;

/** Who was in the circle. */
public enum Presence {
    PRESENT,
    ABSENT,
    EXCUSED
}
