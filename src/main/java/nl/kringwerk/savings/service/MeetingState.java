package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;

/**
 * Everything the meeting screens show of one session, read in one permitted call.
 *
 * @param expectedBox what should be in the box now: everything booked in this cycle so far
 */
public record MeetingState(long sessionId, long groupId, String groupName, int cycleNumber, LocalDate date,
        SessionStatus status, boolean cycleOpen, SessionRoles roles, List<AttendanceLine> attendance,
        List<EntryLine> entries, Money todayIn, Money expectedBox, Money socialFundPerSession, Money maxDeposit,
        Money countedCash) {

    public List<AttendanceLine> present() {
        return attendance.stream().filter(AttendanceLine::isPresent).toList();
    }

    /** Members present who have had their turn today (saved, or saved nothing), not reversed. */
    public boolean hadTurn(long memberId) {
        return entries.stream().anyMatch(e -> memberId == (e.memberId() == null ? -1 : e.memberId())
                && (e.kind() == nl.kringwerk.savings.domain.EntryKind.DEPOSIT
                        || e.kind() == nl.kringwerk.savings.domain.EntryKind.NO_SAVING)
                && !e.reversed());
    }

    public String nameOf(Long memberId) {
        if (memberId == null) {
            return "";
        }
        return attendance.stream().filter(a -> a.memberId() == memberId).map(AttendanceLine::name).findFirst()
                .orElse("?");
    }
}
