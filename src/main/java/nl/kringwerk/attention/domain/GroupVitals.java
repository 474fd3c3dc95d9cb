package nl.kringwerk.attention.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plain facts about one group from which its signals are worked out.
 *
 * @param startedOn            the day the group (or its current cycle) started
 * @param lastHeldOn           the day of the last session held, null when none was held yet
 * @param presentPerSession    how many were present at each held session, oldest first
 * @param missedInstalments    per loan in arrears, how many instalments are unpaid past their date
 * @param cashDifference       per closed session, oldest first: did the counted cash differ from the books
 * @param leftOn               the days members left the group
 * @param cycleEndsOn          the planned end of the open cycle while no share-out has begun; null otherwise
 * @param holdsSessions        the group's sessions are kept in Kringwerk (a savings circle)
 */
public record GroupVitals(
        LocalDate startedOn,
        @Nullable LocalDate lastHeldOn,
        List<Integer> presentPerSession,
        List<Integer> missedInstalments,
        List<Boolean> cashDifference,
        List<LocalDate> leftOn,
        @Nullable LocalDate cycleEndsOn,
        boolean hasFacilitator,
        boolean hasOfficerAccount,
        boolean holdsSessions) {

    public GroupVitals {
        presentPerSession = List.copyOf(presentPerSession);
        missedInstalments = List.copyOf(missedInstalments);
        cashDifference = List.copyOf(cashDifference);
        leftOn = List.copyOf(leftOn);
    }
}
