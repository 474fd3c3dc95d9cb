package nl.kringwerk.sessions.domain;

/**
 * The steps of a listening-group session as practice shaped them, with their usual minutes.
 * EXTRA is a step the facilitator adds herself, with a short name.
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
    EXTRA(10);

    private final int usualMinutes;

    StepKind(int usualMinutes) {
        this.usualMinutes = usualMinutes;
    }

    public int usualMinutes() {
        return usualMinutes;
    }
}
