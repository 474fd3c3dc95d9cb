package nl.kringwerk.insights.domain;

import java.time.LocalDate;

/**
 * One group in one period (kind Q: a quarter, Y: a year), as the summary keeps it. The keys are sums
 * of record keys (see {@link CellKey}): of the group itself, of its members reached and of those who
 * left; savers, borrowers and borrowers due are the people the money figures rest on.
 */
public record GroupPeriod(
        long groupId,
        char kind,
        LocalDate start,
        boolean active,
        boolean started,
        boolean ended,
        int membersReached,
        int membersLeft,
        int sessions,
        int present,
        int possible,
        int cyclesCompleted,
        int cyclesContinued,
        long savedCents,
        long lentCents,
        int loansDue,
        int loansOnTime,
        long groupKey,
        long reachedKey,
        long leftKey,
        int savers,
        int borrowers,
        int borrowersDue,
        Outcomes outcomes) {

    /** A group's period with only where and when, the figures still zero. */
    public static GroupPeriod of(long groupId, char kind, LocalDate start, boolean started, boolean ended) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                true,
                started,
                ended,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                Outcomes.NONE);
    }

    /** Its members reached and left in the period, with the sums of their keys. */
    public GroupPeriod withMembers(int reached, int left, long reachedKey, long leftKey) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                reached,
                left,
                sessions,
                present,
                possible,
                cyclesCompleted,
                cyclesContinued,
                savedCents,
                lentCents,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** Held sessions added, with their attendance marks. */
    public GroupPeriod withSessions(int sessions, int present, int possible) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                this.sessions + sessions,
                this.present + present,
                this.possible + possible,
                cyclesCompleted,
                cyclesContinued,
                savedCents,
                lentCents,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** Savings cycles completed in the period, and how many were followed by a next one. */
    public GroupPeriod withCycles(int completed, int continued) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                sessions,
                present,
                possible,
                completed,
                continued,
                savedCents,
                lentCents,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** Money saved and lent in the period, and by how many people. */
    public GroupPeriod withMoney(long saved, long lent, int savers, int borrowers) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                sessions,
                present,
                possible,
                cyclesCompleted,
                cyclesContinued,
                saved,
                lent,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** Loans due in the period, repaid on time, and the people who had them. */
    public GroupPeriod withLoans(int due, int onTime, int borrowersDue) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                sessions,
                present,
                possible,
                cyclesCompleted,
                cyclesContinued,
                savedCents,
                lentCents,
                due,
                onTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** The group's own record key. */
    public GroupPeriod withGroupKey(long groupKey) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                sessions,
                present,
                possible,
                cyclesCompleted,
                cyclesContinued,
                savedCents,
                lentCents,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes);
    }

    /** The secret rounds' counts of the period (they add up: a period may hold more than one round). */
    public GroupPeriod withOutcomes(Outcomes more) {
        return new GroupPeriod(
                groupId,
                kind,
                start,
                active,
                started,
                ended,
                membersReached,
                membersLeft,
                sessions,
                present,
                possible,
                cyclesCompleted,
                cyclesContinued,
                savedCents,
                lentCents,
                loansDue,
                loansOnTime,
                groupKey,
                reachedKey,
                leftKey,
                savers,
                borrowers,
                borrowersDue,
                outcomes.plus(more));
    }
}
