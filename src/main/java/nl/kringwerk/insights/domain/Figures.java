package nl.kringwerk.insights.domain;

/**
 * The additive counters of one group, or of many groups added up, in one period. Nothing in it
 * names a person or shows a person's amount.
 *
 * @param groupsActive        groups that met at some time in the period (not ended before, not started after)
 * @param groupsWithSessions  groups that held at least one session in the period
 * @param membersReached      members who belonged to a group at some time in the period
 * @param membersStarted      members reached of the groups that started in the period
 * @param membersEnded        members reached of the groups that ended in the period
 * @param possible            attendance marks of held sessions (present, absent or excused)
 * @param loansDue            loans whose last due date fell in the period (and has passed)
 * @param loansOnTime         of those, loans repaid in full by that date
 * @param groupsSaving        groups with deposits in the period
 * @param groupsLending       groups that lent money in the period
 * @param membersWithSessions members reached of the groups with sessions (whom attendance is about)
 * @param membersWithCycles   members reached of the groups that completed a cycle
 * @param savers              people who deposited in the period
 * @param borrowers           people who got a loan paid out in the period
 * @param borrowersDue        people whose loans were due in the period
 * @param keyActive           sum of the record keys of the active groups ({@link CellKey})
 * @param keyStarted          sum of the record keys of the groups that started
 * @param keyEnded            sum of the record keys of the groups that ended
 * @param keyReached          sum of the record keys of the members reached
 * @param keyLeft             sum of the record keys of the members who left
 * @param outcomes            the secret rounds' counts: outcome answers and closing taps
 */
public record Figures(
        long groupsActive,
        long groupsStarted,
        long groupsEnded,
        long groupsWithSessions,
        long groupsWithCycles,
        long groupsWithMoney,
        long groupsWithLoansDue,
        long membersReached,
        long membersLeft,
        long membersStarted,
        long membersEnded,
        long sessions,
        long present,
        long possible,
        long cyclesCompleted,
        long cyclesContinued,
        long savedCents,
        long lentCents,
        long loansDue,
        long loansOnTime,
        long groupsSaving,
        long groupsLending,
        long membersWithSessions,
        long membersWithCycles,
        long savers,
        long borrowers,
        long borrowersDue,
        long keyActive,
        long keyStarted,
        long keyEnded,
        long keyReached,
        long keyLeft,
        Outcomes outcomes) {

    /** The numbers before the outcomes. */
    private static final int BEFORE_OUTCOMES = 32;

    /** How many numbers a {@code Figures} holds, in the order of its components (the outcomes' last). */
    public static final int SIZE = BEFORE_OUTCOMES + Outcomes.SIZE;

    public static final Figures NONE = of(new long[SIZE]);

    /** From the numbers in the order of the components (as the summary tables hold them). */
    public static Figures of(long[] v) {
        return new Figures(
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6],
                v[7],
                v[8],
                v[9],
                v[10],
                v[11],
                v[12],
                v[13],
                v[14],
                v[15],
                v[16],
                v[17],
                v[18],
                v[19],
                v[20],
                v[21],
                v[22],
                v[23],
                v[24],
                v[25],
                v[26],
                v[27],
                v[28],
                v[29],
                v[30],
                v[31],
                Outcomes.of(v, BEFORE_OUTCOMES));
    }

    public Figures plus(Figures o) {
        return new Figures(
                groupsActive + o.groupsActive,
                groupsStarted + o.groupsStarted,
                groupsEnded + o.groupsEnded,
                groupsWithSessions + o.groupsWithSessions,
                groupsWithCycles + o.groupsWithCycles,
                groupsWithMoney + o.groupsWithMoney,
                groupsWithLoansDue + o.groupsWithLoansDue,
                membersReached + o.membersReached,
                membersLeft + o.membersLeft,
                membersStarted + o.membersStarted,
                membersEnded + o.membersEnded,
                sessions + o.sessions,
                present + o.present,
                possible + o.possible,
                cyclesCompleted + o.cyclesCompleted,
                cyclesContinued + o.cyclesContinued,
                savedCents + o.savedCents,
                lentCents + o.lentCents,
                loansDue + o.loansDue,
                loansOnTime + o.loansOnTime,
                groupsSaving + o.groupsSaving,
                groupsLending + o.groupsLending,
                membersWithSessions + o.membersWithSessions,
                membersWithCycles + o.membersWithCycles,
                savers + o.savers,
                borrowers + o.borrowers,
                borrowersDue + o.borrowersDue,
                keyActive + o.keyActive,
                keyStarted + o.keyStarted,
                keyEnded + o.keyEnded,
                keyReached + o.keyReached,
                keyLeft + o.keyLeft,
                outcomes.plus(o.outcomes));
    }

    /** One group's period as figures of one group. */
    public static Figures ofGroup(GroupPeriod p) {
        long reached = p.membersReached();
        return new Figures(
                p.active() ? 1 : 0,
                p.started() ? 1 : 0,
                p.ended() ? 1 : 0,
                p.sessions() > 0 ? 1 : 0,
                p.cyclesCompleted() > 0 ? 1 : 0,
                p.savedCents() != 0 || p.lentCents() != 0 ? 1 : 0,
                p.loansDue() > 0 ? 1 : 0,
                reached,
                p.membersLeft(),
                p.started() ? reached : 0,
                p.ended() ? reached : 0,
                p.sessions(),
                p.present(),
                p.possible(),
                p.cyclesCompleted(),
                p.cyclesContinued(),
                p.savedCents(),
                p.lentCents(),
                p.loansDue(),
                p.loansOnTime(),
                p.savedCents() != 0 ? 1 : 0,
                p.lentCents() != 0 ? 1 : 0,
                p.sessions() > 0 ? reached : 0,
                p.cyclesCompleted() > 0 ? reached : 0,
                p.savers(),
                p.borrowers(),
                p.borrowersDue(),
                p.active() ? p.groupKey() : 0,
                p.started() ? p.groupKey() : 0,
                p.ended() ? p.groupKey() : 0,
                p.reachedKey(),
                p.leftKey(),
                p.outcomes());
    }
}
