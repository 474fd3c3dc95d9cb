package nl.kringwerk.loans.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.savings.service.PassbookLoan;
import nl.kringwerk.savings.service.PassbookLoans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's loans for her passbook and its printed page (issue 19), through the loans' own gate. */
@Component
class LoansInThePassbook implements PassbookLoans {

    private final LoanService loans;

    LoansInThePassbook(LoanService loans) {
        this.loans = loans;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PassbookLoan> of(long groupId, long memberId) {
        return loans.loans(groupId).stream()
                .filter(l -> l.memberId() == memberId)
                .filter(l -> l.account().disbursedOn() != null)
                .map(LoansInThePassbook::line)
                .toList();
    }

    private static PassbookLoan line(LoanLine loan) {
        LoanAccount account = loan.account();
        LocalDate nextDue = null;
        Money nextAmount = Money.ZERO;
        if (account.owed().isPositive()) {
            // The first instalment that is not yet overdue and not yet paid, with what is open of it.
            Money behind = account.paid().plus(account.settled()).plus(account.overdue());
            Money upTo = Money.ZERO;
            for (LoanAccount.Instalment instalment : account.schedule()) {
                upTo = upTo.plus(instalment.amount());
                if (upTo.isGreaterThan(behind)) {
                    nextDue = instalment.due();
                    nextAmount = upTo.minus(behind).min(account.owed());
                    break;
                }
            }
        }
        return new PassbookLoan(
                account.disbursedOn(),
                loan.principal(),
                account.paid().plus(account.settled()),
                account.owed(),
                account.overdue(),
                nextDue,
                nextAmount);
    }
}
