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
        long loansOnTime) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

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
                loansOnTime + o.loansOnTime);
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
                p.loansOnTime());
    }
}
