package nl.kringwerk.savings.domain;

/** What a journal line records. Amounts are signed: positive is money into the box. */
public enum EntryKind {
    /** A member's savings, counted in public. */
    DEPOSIT,
    /** A member saved nothing this time: recorded as such, without judgement. Amount 0. */
    NO_SAVING,
    /** The fixed contribution to the social fund (noodpot). */
    SOCIAL_FUND,
    /** The box count differed from the ledger; booked openly with a reason. */
    CASH_DIFFERENCE,
    /** Cancels an earlier entry, with a reason. The earlier entry stays visible. */
    REVERSAL
}
