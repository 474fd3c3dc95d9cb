package nl.kringwerk.sessions.domain;

public enum ListeningStatus {
    PLANNED,
    RUNNING,
    DONE
}
