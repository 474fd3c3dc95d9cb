package nl.kringwerk.rounds.domain;

/** What a secret round asks, and so how many statements and answers it has. */
public enum RoundPurpose {
    /** A loan request decided by secret ballot: for, against, blank. */
    LOAN_BALLOT(1),
    /** The five outcome statements at the first and the last session of a cycle. */
    OUTCOME(5),
    /** A listening group's closing tap: lighter, the same, heavier. */
    CLOSING(1);

    private final int questions;

    RoundPurpose(int questions) {
        this.questions = questions;
    }

    public int questions() {
        return questions;
    }
}
