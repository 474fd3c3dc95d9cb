package nl.kringwerk.loans.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.domain.Loan;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.LoanRepository;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The account of each loan of a cycle (what is owed, what is due when, its status), read from the
 * cycle's journal and session dates. The callers have passed the group's access gate already.
 */
@Component
class LoanAccounts {

    private final LoanRepository loans;
    private final Clock clock;

    LoanAccounts(LoanRepository loans, Clock clock) {
        this.loans = loans;
        this.clock = clock;
    }

    /** Every loan of the cycle with its account, in the order they were asked for. */
    List<Map.Entry<Loan, LoanAccount>> ofCycle(CycleRecord record) {
        Dates dates = dates(record);
        return loans.findByCycleIdOrderById(record.cycleId()).stream()
                .map(loan -> Map.entry(loan, account(loan, record, dates)))
                .toList();
    }

    LoanAccount of(Loan loan, CycleRecord record) {
        return account(loan, record, dates(record));
    }

    /** Open loan balances per member, as the share-out settles them. */
    Map<Long, Money> openBalances(CycleRecord record) {
        return ofCycle(record).stream()
                .filter(e -> e.getValue().status().isOut())
                .collect(Collectors.toMap(
                        e -> e.getKey().getMemberId(), e -> e.getValue().owed(), Money::plus));
    }

    /** The open loans of one member with their accounts, for settling at the share-out. */
    List<Map.Entry<Loan, LoanAccount>> openLoansOf(long memberId, CycleRecord record) {
        return ofCycle(record).stream()
                .filter(e -> e.getKey().getMemberId() == memberId)
                .filter(e -> e.getValue().status().isOut())
                .toList();
    }

    private record Dates(
            Map<Long, LocalDate> bySession,
            LocalDate today,
            @Nullable LocalDate nextSession) {}

    private Dates dates(CycleRecord record) {
        LocalDate today = LocalDate.now(clock);
        LocalDate next = record.sessions().stream()
                .filter(s -> s.getStatus() != SessionStatus.CLOSED)
                .map(SavingsSession::getPlannedOn)
                .filter(d -> !d.isBefore(today))
                .findFirst()
                .orElse(null);
        return new Dates(record.sessionDates(), today, next);
    }

    private static LoanAccount account(Loan loan, CycleRecord record, Dates dates) {
        List<JournalEntry> mine = record.journal().stream()
                .filter(e -> loan.getId().equals(e.getLoanId()))
                .toList();
        LocalDate disbursedOn = mine.stream()
                .filter(e ->
                        e.getKind() == EntryKind.LOAN_OUT && !record.ledger().isReversed(e.getId()))
                .map(e -> dates.bySession().get(e.getSessionId()))
                .findFirst()
                .orElse(null);
        return LoanAccount.of(
                loan.getStatus(),
                loan.terms(),
                mine.stream().map(JournalEntry::line).toList(),
                record.ledger(),
                disbursedOn,
                record.cycle().rules().frequency().weeksBetweenSessions(),
                dates.today(),
                dates.nextSession());
    }
}
