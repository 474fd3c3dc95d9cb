package nl.kringwerk.savings.domain;

public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED,
    /** Did not take place; the reason is kept. */
    CANCELLED
}
