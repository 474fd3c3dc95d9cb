package nl.kringwerk.rounds.domain;

/** When the outcome statements are asked: at the first session of a cycle, or at its last. */
public enum OutcomePhase {
    START,
    END
}
