package nl.kringwerk.loans.service;

import java.util.List;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.loans.domain.Loan;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.savings.service.MemberRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own loans, read with her personal code (no account): what she borrowed, what she still
 * owes and what is due when. Only her own loans; the gate is {@link MemberRecords}' own.
 */
@Service
public class MemberLoans {

    private final MemberRecords records;
    private final LoanAccounts accounts;

    MemberLoans(MemberRecords records, LoanAccounts accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    /** Her loans of the current cycle with their accounts, in the order she asked for them. */
    @Transactional(readOnly = true)
    public List<LoanLine> loansOf(MemberPass pass) {
        return records.cycle(pass)
                .map(cycle -> accounts.ofCycle(cycle.record()).stream()
                        .filter(e -> e.getKey().getMemberId() == pass.memberId())
                        .map(e -> line(e.getKey(), e.getValue(), cycle.group().nameOf(pass.memberId())))
                        .toList())
                .orElse(List.of());
    }

    private static LoanLine line(Loan loan, LoanAccount account, String name) {
        return new LoanLine(
                loan.getId(),
                loan.getMemberId(),
                name,
                loan.principal(),
                loan.getWeeks(),
                loan.getPurpose(),
                account.status(),
                loan.tally(),
                loan.terms(),
                account);
    }
}
