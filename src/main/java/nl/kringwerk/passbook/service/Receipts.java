package nl.kringwerk.passbook.service;

import java.util.Comparator;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.SavingsFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipts (bonnetjes) of a closed session, one per member who was there: for the A4 of slips to
 * cut. Passes the group's access gate (through the session).
 */
@Service
public class Receipts {

    private final SavingsFacts savings;
    private final LoanService loans;

    Receipts(SavingsFacts savings, LoanService loans) {
        this.savings = savings;
        this.loans = loans;
    }

    @Transactional(readOnly = true)
    public List<Slip> slips(long sessionId) {
        SavingsFacts.SessionRecord record = savings.session(sessionId);
        if (record.session().getStatus() != SessionStatus.CLOSED) {
            throw InvalidInputException.of("session", "receipt.error.not-closed");
        }
        List<LoanLine> cycleLoans = record.cycle().cycleId()
                        == savings.latestCycle(record.group().id())
                                .map(c -> c.cycleId())
                                .orElse(-1L)
                ? loans.loans(record.group().id())
                : List.of();
        return record.present().stream()
                .map(memberId -> ReceiptMath.slip(
                        record.group().name(),
                        record.group().nameOf(memberId),
                        record.cycle(),
                        record.session(),
                        memberId,
                        cycleLoans))
                .sorted(Comparator.comparing(Slip::memberName))
                .toList();
    }
}
