package nl.kringwerk.attention.domain;

/**
 * Every threshold of the attention signals in one place. The numbers are a first guess to be
 * tuned with coordinators; a signal is an invitation to ask how the group is doing, not a verdict.
 *
 * @param weeksWithoutSession     no session held for this many weeks or more
 * @param attendanceWindow        compare this many last held sessions with as many before them
 * @param attendanceDropPercent   attendance in the last window is at least this much lower
 * @param missedInstalments       a loan has this many instalments or more unpaid past their date
 * @param cashDifferenceWindow    look at this many last closed sessions for cash differences
 * @param cashDifferenceSessions  ...and signal when this many or more had a difference
 * @param leavingWeeks            look back this many weeks for members who left
 * @param leavingMembers          ...and signal when this many or more left
 * @param cycleEndWeeks           the open cycle ends within this many weeks and no share-out has begun
 */
public record AttentionThresholds(
        int weeksWithoutSession,
        int attendanceWindow,
        int attendanceDropPercent,
        int missedInstalments,
        int cashDifferenceWindow,
        int cashDifferenceSessions,
        int leavingWeeks,
        int leavingMembers,
        int cycleEndWeeks) {

    public static final AttentionThresholds DEFAULTS = new AttentionThresholds(4, 3, 25, 2, 6, 2, 8, 2, 4);
}
