package nl.kringwerk.savings.domain;

public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED,
    /** Did not take place; the reason is kept. */
    CANCELLED;

    /** The session took place (or is taking place now): its tasks were held. */
    public boolean wasHeld() {
        return this == OPEN || this == CLOSED;
    }
}
