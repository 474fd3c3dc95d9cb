package nl.kringwerk.insights.domain;

import java.time.LocalDate;

/** One group in one period (kind Q: a quarter, Y: a year), as the summary keeps it. */
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
        int loansOnTime) {

    public GroupPeriod withMembers(int reached, int left) {
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
                loansOnTime);
    }

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
                loansOnTime);
    }

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
                loansOnTime);
    }

    public GroupPeriod withMoney(long saved, long lent) {
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
                loansOnTime);
    }

    public GroupPeriod withLoans(int due, int onTime) {
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
                onTime);
    }
}
