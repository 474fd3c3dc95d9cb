package nl.kringwerk.groups.domain;

public enum Frequency {
    WEEKLY(1),
    EVERY_TWO_WEEKS(2);

    private final int weeksBetweenSessions;

    Frequency(int weeksBetweenSessions) {
        this.weeksBetweenSessions = weeksBetweenSessions;
    }

    public int weeksBetweenSessions() {
        return weeksBetweenSessions;
    }
}
