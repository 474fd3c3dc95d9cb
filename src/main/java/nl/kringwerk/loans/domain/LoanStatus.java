package nl.kringwerk.loans.domain;

/** Where a loan stands. The first three are decisions; the rest follow from the counted money. */
public enum LoanStatus {
    REQUESTED,
    DECLINED,
    APPROVED,
    DISBURSED,
    /** An instalment is past due (achterstand). */
    IN_ARREARS,
    REPAID,
    SETTLED;

    /** The loan still counts against the one-open-loan rule. */
    public boolean isOpen() {
        return this == REQUESTED || this == APPROVED || this == DISBURSED || this == IN_ARREARS;
    }

    public boolean isOut() {
        return this == DISBURSED || this == IN_ARREARS;
    }
}
