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
    REVERSAL,
    /** A loan paid out of the box to a member (negative). */
    LOAN_OUT,
    /** Money paid back on a loan; the interest part is recorded with it (interest first). */
    LOAN_REPAYMENT,
    /** At the share-out, what she still owed is settled against her payout (no cash moves by itself). */
    LOAN_SETTLED,
    /** Her pot at the share-out: savings plus her share of what the group earned (negative). */
    PAYOUT,
    /** The social fund leaves the cycle: carried to the next cycle or spent as the group decided. */
    SOCIAL_FUND_OUT,
    /** The social fund carried in from the previous cycle. */
    SOCIAL_FUND_IN;

    public boolean isLoanMoney() {
        return this == LOAN_OUT || this == LOAN_REPAYMENT || this == LOAN_SETTLED;
    }

    /** Kinds that belong to the share-out and are never corrected one by one. */
    public boolean isShareOut() {
        return this == LOAN_SETTLED || this == PAYOUT || this == SOCIAL_FUND_OUT || this == SOCIAL_FUND_IN;
    }
}
