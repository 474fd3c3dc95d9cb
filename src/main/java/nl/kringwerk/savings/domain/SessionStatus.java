package nl.kringwerk.savings.domain;

public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED
}
