package nl.kringwerk.passbook.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.passbook.domain.Slips;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleRecord;
import org.jspecify.annotations.Nullable;

/** A receipt's figures from the cycle record and her loans: nothing stored apart from the journal. */
final class ReceiptMath {

    private ReceiptMath() {}

    static Slip slip(
            String groupName,
            String memberName,
            CycleRecord record,
            SavingsSession session,
            long memberId,
            List<LoanLine> loans) {
        List<Slips.SessionLine> journal = record.journal().stream()
                .map(e -> new Slips.SessionLine(e.getSessionId(), e.line()))
                .toList();
        Money owed = loans.stream()
                .filter(l -> l.memberId() == memberId && l.status().isOut())
                .map(LoanLine::owed)
                .reduce(Money.ZERO, Money::plus);
        return new Slip(
                groupName,
                memberName,
                session.getPlannedOn(),
                Slips.savedAt(journal, session.getId(), memberId),
                Slips.total(journal, memberId),
                owed,
                nextAfter(record, session.getPlannedOn()));
    }

    /** The first session still to come after this date, if the cycle goes on. */
    static @Nullable LocalDate nextAfter(CycleRecord record, LocalDate after) {
        if (!record.cycle().isOpen()) {
            return null;
        }
        return record.sessions().stream()
                .filter(s -> s.getStatus() == SessionStatus.PLANNED || s.getStatus() == SessionStatus.OPEN)
                .map(SavingsSession::getPlannedOn)
                .filter(d -> d.isAfter(after))
                .findFirst()
                .orElse(null);
    }

    /** The latest session that was closed: the one whose receipt she takes home. */
    static @Nullable SavingsSession lastClosed(CycleRecord record) {
        SavingsSession last = null;
        for (SavingsSession s : record.sessions()) {
            if (s.getStatus() == SessionStatus.CLOSED) {
                last = s;
            }
        }
        return last;
    }
}
