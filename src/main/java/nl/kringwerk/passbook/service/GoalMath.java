package nl.kringwerk.passbook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.GoalProgress;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.service.CycleRecord;

/** A goal's progress read from the cycle's own journal and sessions: never stored apart from them. */
final class GoalMath {

    private GoalMath() {}

    /** @param shownNow an amount the counters hold up right now and that is not booked yet (or zero) */
    static GoalView view(GoalDetails details, CycleRecord record, long memberId, LocalDate today, Money shownNow) {
        if (details.amount() == null) {
            return new GoalView(details, null);
        }
        Set<Long> herTurns = record.journal().stream()
                .filter(e -> e.getSessionId() != null && e.getMemberId() != null && e.getMemberId() == memberId)
                .filter(e -> e.getKind() == EntryKind.DEPOSIT || e.getKind() == EntryKind.NO_SAVING)
                .map(JournalEntry::getSessionId)
                .collect(Collectors.toSet());
        List<GoalProgress.Slot> slots = record.sessions().stream()
                .map(s -> new GoalProgress.Slot(s.getId(), s.getPlannedOn(), s.getStatus()))
                .toList();
        int left = GoalProgress.sessionsLeft(
                slots,
                herTurns,
                today,
                record.cycle().isSharingOut() || !record.cycle().isOpen());
        Money saved = record.ledger().savingsOf(memberId).plus(shownNow);
        return new GoalView(details, GoalProgress.of(details.amount(), saved, left));
    }
}
