package nl.kringwerk.loans.domain;

/** How a loan is paid back: in one payment at the end of the term, or in equal instalments per session. */
public enum RepaymentPlan {
    AT_END,
    INSTALMENTS;

    /** Instalments per session across the term: a 16-week loan of a weekly group pays 16 times. */
    public int instalments(int weeks, int weeksBetweenSessions) {
        return this == AT_END ? 1 : Math.max(1, weeks / weeksBetweenSessions);
    }
}
