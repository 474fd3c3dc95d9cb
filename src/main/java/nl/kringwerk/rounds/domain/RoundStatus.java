package nl.kringwerk.rounds.domain;

/**
 * A round runs (OPEN) until everyone present tapped or the chair ends it (ENDED, with totals). The
 * group may skip the outcome questions (SKIPPED). LOST: the answers so far were in the memory of a
 * server that stopped, so the round ended without totals and may be held again.
 */
public enum RoundStatus {
    OPEN,
    ENDED,
    SKIPPED,
    LOST
}
