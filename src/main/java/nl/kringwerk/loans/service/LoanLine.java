package nl.kringwerk.loans.service;

import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.LoanTerms;
import nl.kringwerk.loans.domain.Tally;
import org.jspecify.annotations.Nullable;

/** One loan as the group's officers see it; the purpose stays inside the group. */
public record LoanLine(
        long loanId,
        long memberId,
        String memberName,
        Money principal,
        int weeks,
        @Nullable String purpose,
        LoanStatus status,
        @Nullable Tally tally,
        LoanTerms terms,
        LoanAccount account) {

    public Money owed() {
        return account.owed();
    }

    public Money dueByNext() {
        return account.dueByNext();
    }
}
