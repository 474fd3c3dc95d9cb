package nl.kringwerk.sessions.domain;

/**
 * The steps of a listening-group session as practice shaped them, with their usual minutes.
 * EXTRA is a step the facilitator adds herself, with a short name; THEME is a step of the session
 * material she prepared, with the piece's title as name and what to do as detail.
 */
public enum StepKind {
    WELCOME(10),
    WHY_WE_ARE_HERE(5),
    AGREEMENTS_ROUND(10),
    SOMETHING_GOOD(15),
    EXERCISE(5),
    CORE_ROUND(40),
    RECOGNITION(15),
    CLOSING_ROUND(10),
    EXTRA(10),
    THEME(10);

    private final int usualMinutes;

    StepKind(int usualMinutes) {
        this.usualMinutes = usualMinutes;
    }

    /** A step every session plan starts with (not one added by the facilitator or from a theme). */
    public boolean isUsual() {
        return this != EXTRA && this != THEME;
    }

    public int usualMinutes() {
        return usualMinutes;
    }
}
