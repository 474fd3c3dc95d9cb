package nl.kringwerk.sessions.domain;

public enum ListeningStatus {
    PLANNED,
    RUNNING,
    DONE,
    /** Did not take place; the reason is kept. */
    CANCELLED
}
