package nl.kringwerk.loans.domain;

/** What the group decided about its social fund at the end of the cycle. It is never shared out. */
public enum SocialFundDecision {
    /** It stays in the box for the next cycle. */
    CARRY_OVER,
    /** The group spends or hands it out as it agreed (the note says how). */
    SPENT,
    /** There was no social fund. */
    NONE
}
