package nl.kringwerk.savings.service;

import java.util.List;
import java.util.Map;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.SessionRoles;
import org.jspecify.annotations.Nullable;

/**
 * The savings part of a session held on paper, as it is typed in afterwards: the attendance list,
 * the tasks, the savings form (an amount or "niets" per member, who counted it, the social fund)
 * and the box count at the end.
 *
 * @param differenceReason why the counted box differs from the ledger; only needed when it does
 */
public record PaperSheet(
        Map<Long, AttendanceStatus> attendance,
        SessionRoles roles,
        List<SavingLine> savings,
        @Nullable String countedText,
        @Nullable String differenceReason) {

    public PaperSheet {
        attendance = Map.copyOf(attendance);
        savings = List.copyOf(savings);
    }

    /**
     * One line of the savings form.
     *
     * @param amountText what she saved, blank when she saved nothing ({@code nothing}) or was not there
     * @param countedBy which of the two counters counted it; null means the first
     * @param socialFund she paid the social fund's contribution (when the group has one)
     */
    public record SavingLine(
            long memberId,
            @Nullable String amountText,
            boolean nothing,
            @Nullable Long countedBy,
            boolean socialFund) {}

    /** The field a refusal of this member's savings line is shown next to. */
    public static String savingField(long memberId) {
        return "saving-" + memberId;
    }

    public static String attendanceField(long memberId) {
        return "attendance-" + memberId;
    }
}
