package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything the meeting screens show of one session, read in one permitted call.
 *
 * @param sharingOut  the share-out of the cycle has been fixed: only payouts are booked now
 * @param todayIn     everything booked in this session (savings, social fund, repayments, loans out)
 * @param savedToday  what members saved in this session: deposits only, as the group screen says
 * @param expectedBox what should be in the box now: everything booked in this cycle so far
 * @param socialFundPerSession null when the group keeps no social fund
 * @param countedCash null until the session is closed
 * @param languages   what the members see (the group's screen, the question, the forms) is in these
 * @param sequence    the highest journal id among this session's entries (0 without any): bookings of
 *                    one session wait for each other's commit, so a later booking's state has a higher
 *                    one, and a screen can tell an older state that reached it late ({@link #isNewerThan})
 */
public record MeetingState(
        long sessionId,
        long groupId,
        String groupName,
        int cycleNumber,
        LocalDate date,
        SessionStatus status,
        boolean cycleOpen,
        boolean sharingOut,
        SessionRoles roles,
        List<AttendanceLine> attendance,
        List<EntryLine> entries,
        Money todayIn,
        Money savedToday,
        Money expectedBox,
        @Nullable Money socialFundPerSession,
        Money maxDeposit,
        @Nullable Money countedCash,
        ScreenLanguages languages,
        long sequence) {

    /** A session of a group that reads Dutch, without a known place in the order of its bookings. */
    public MeetingState(
            long sessionId,
            long groupId,
            String groupName,
            int cycleNumber,
            LocalDate date,
            SessionStatus status,
            boolean cycleOpen,
            boolean sharingOut,
            SessionRoles roles,
            List<AttendanceLine> attendance,
            List<EntryLine> entries,
            Money todayIn,
            Money savedToday,
            Money expectedBox,
            @Nullable Money socialFundPerSession,
            Money maxDeposit,
            @Nullable Money countedCash) {
        this(
                sessionId,
                groupId,
                groupName,
                cycleNumber,
                date,
                status,
                cycleOpen,
                sharingOut,
                roles,
                attendance,
                entries,
                todayIn,
                savedToday,
                expectedBox,
                socialFundPerSession,
                maxDeposit,
                countedCash,
                ScreenLanguages.DUTCH,
                0);
    }

    /**
     * Whether this state is later than the one a screen shows: a booking always adds an entry of this
     * session, so a state of the same sequence holds no booking the shown one lacks.
     */
    public boolean isNewerThan(MeetingState shown) {
        return sequence > shown.sequence;
    }

    public List<AttendanceLine> present() {
        return attendance.stream().filter(AttendanceLine::isPresent).toList();
    }

    /** Her entry of one of these kinds in this session that was not corrected away. */
    public Optional<EntryLine> liveEntry(long memberId, EntryKind... kinds) {
        List<EntryKind> wanted = List.of(kinds);
        return entries.stream()
                .filter(e -> e.memberId() != null && e.memberId() == memberId && !e.reversed())
                .filter(e -> wanted.contains(e.kind()))
                .findFirst();
    }

    /** She had her turn today: saved, or saved nothing. */
    public boolean hadTurn(long memberId) {
        return liveEntry(memberId, EntryKind.DEPOSIT, EntryKind.NO_SAVING).isPresent();
    }

    public String nameOf(@Nullable Long memberId) {
        if (memberId == null) {
            return "";
        }
        return attendance.stream()
                .filter(a -> a.memberId() == memberId)
                .map(AttendanceLine::name)
                .findFirst()
                .orElse("?");
    }
}
