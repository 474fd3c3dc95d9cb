package nl.kringwerk.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.kringwerk.insights.domain.Dashboard.Format;
import nl.kringwerk.insights.domain.Dashboard.Value;
import nl.kringwerk.insights.domain.Suppression.Rounding;
import org.jspecify.annotations.Nullable;

/**
 * Builds the dashboard from the figures of the scope: per municipality, group type and period. Every
 * count and amount goes through a {@link Cube}, so each combination of filters obeys the same rules;
 * a rate is shown only when both its parts are.
 */
public final class DashboardBuilder {

    public static final int TREND_YEARS = 3;
    private static final int ALL = 2;
    private static final List<String> GROUP_TYPES = List.of("SAVINGS_CIRCLE", "LISTENING_GROUP");

    private DashboardBuilder() {}

    /**
     * @param municipalities the municipalities of the scope
     * @param municipality   one of them, or null for all together
     * @param quarter        1-4, or null for the whole year
     */
    public static Dashboard build(
            List<String> municipalities,
            @Nullable String municipality,
            int year,
            @Nullable Integer quarter,
            Map<Integer, Figures[][][]> figuresByYear,
            List<GroupLife> lives,
            LocalDate today) {
        int m = municipality == null ? municipalities.size() : municipalities.indexOf(municipality);
        int p = quarter == null ? 4 : quarter - 1;
        Figures[][][] f = figuresByYear.get(year);
        Cube active = activeCube(f);
        Cube started = cube(f, Figures::groupsStarted, Figures::membersStarted, Figures::groupsStarted, true);
        Cube ended = cube(f, Figures::groupsEnded, Figures::membersEnded, Figures::groupsEnded, true);
        Cube reached = cube(f, Figures::membersReached, Figures::membersReached, Figures::groupsActive, false);
        Cube left = cube(f, Figures::membersLeft, Figures::membersReached, Figures::groupsActive, true);
        Cube sessions = sessionsCube(f);
        Cube present = cube(f, Figures::present, Figures::membersReached, Figures::groupsWithSessions, true);
        Cube possible = cube(f, Figures::possible, Figures::membersReached, Figures::groupsWithSessions, true);
        Cube completed = cube(f, Figures::cyclesCompleted, Figures::membersReached, Figures::groupsWithCycles, true);
        Cube continued = cube(f, Figures::cyclesContinued, Figures::membersReached, Figures::groupsWithCycles, true);
        Cube saved = cube(f, Figures::savedCents, Figures::membersReached, Figures::groupsWithMoney, true);
        Cube lent = cube(f, Figures::lentCents, Figures::membersReached, Figures::groupsWithMoney, true);
        Cube due = cube(f, Figures::loansDue, Figures::membersReached, Figures::groupsWithLoansDue, true);
        Cube onTime = cube(f, Figures::loansOnTime, Figures::membersReached, Figures::groupsWithLoansDue, true);

        List<Dashboard.Row> rows = new ArrayList<>();
        rows.add(counts("groups-active", active, m, p, Rounding.COUNT, true));
        rows.add(counts("groups-started", started, m, p, Rounding.COUNT, true));
        rows.add(counts("groups-ended", ended, m, p, Rounding.COUNT, true));
        rows.add(counts("sessions", sessions, m, p, Rounding.COUNT, true));
        rows.add(rate("attendance", present, possible, m, p, true));
        rows.add(counts("members-reached", reached, m, p, Rounding.COUNT, true));
        rows.add(rate("dropout", left, reached, m, p, true));
        rows.add(counts("cycles-completed", completed, m, p, Rounding.COUNT, false));
        rows.add(rate("cycles-continued", continued, completed, m, p, false));
        rows.add(counts("saved", saved, m, p, Rounding.MONEY_CENTS, false));
        rows.add(counts("lent", lent, m, p, Rounding.MONEY_CENTS, false));
        rows.add(rate("loans-on-time", onTime, due, m, p, false));

        List<Dashboard.Trend> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            Figures[][][] fy = figuresByYear.get(y);
            if (fy == null) {
                continue;
            }
            // The year asked for has these cubes already; earlier years get their own.
            Cube a = y == year ? active : activeCube(fy);
            Cube s = y == year ? sessions : sessionsCube(fy);
            for (int q = 0; q < 4; q++) {
                if (LocalDate.of(y, q * 3 + 1, 1).isAfter(today)) {
                    break;
                }
                trend.add(new Dashboard.Trend(
                        y + " K" + (q + 1), value(a, m, ALL, q, Rounding.COUNT), value(s, m, ALL, q, Rounding.COUNT)));
            }
        }
        LocalDate asOf = quarter == null
                ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        if (asOf.isAfter(today)) {
            asOf = today;
        }
        List<GroupLife> inScope = lives.stream()
                .filter(l -> municipality == null || l.municipality().equals(municipality))
                .filter(l -> !l.startedOn().isAfter(LocalDate.of(year, 12, 31)))
                .toList();
        List<Dashboard.Survival> survival = new ArrayList<>();
        for (String type : Dashboard.TYPES) {
            survival.add(survival(
                    type,
                    inScope.stream()
                            .filter(l -> type.equals("ALL") || l.type().equals(type))
                            .toList(),
                    asOf));
        }
        return new Dashboard(year, quarter, municipality, rows, survival, trend);
    }

    private static Cube activeCube(Figures[][][] f) {
        return cube(f, Figures::groupsActive, Figures::membersReached, Figures::groupsActive, false);
    }

    private static Cube sessionsCube(Figures[][][] f) {
        return cube(f, Figures::sessions, Figures::membersReached, Figures::groupsWithSessions, true);
    }

    /** The cube of one figure: value, people and groups per cell; the totals were added by the caller. */
    static Cube cube(
            Figures[][][] f,
            ToLongFunction<Figures> value,
            ToLongFunction<Figures> people,
            ToLongFunction<Figures> groups,
            boolean timeAdds) {
        return new Cube(
                f.length,
                f[0].length,
                f[0][0].length,
                timeAdds,
                (m, t, p) -> value.applyAsLong(f[m][t][p]),
                (m, t, p) -> people.applyAsLong(f[m][t][p]),
                (m, t, p) -> groups.applyAsLong(f[m][t][p]));
    }

    private static Dashboard.Row counts(String key, Cube cube, int m, int p, Rounding rounding, boolean bothTypes) {
        List<@Nullable Value> values = new ArrayList<>();
        for (int t = 0; t <= ALL; t++) {
            values.add(!bothTypes && t != 0 ? null : value(cube, m, t, p, rounding));
        }
        return new Dashboard.Row(key, rounding == Rounding.MONEY_CENTS ? Format.MONEY : Format.COUNT, values);
    }

    private static Value value(Cube cube, int m, int t, int p, Rounding rounding) {
        return cube.hidden(m, t, p)
                ? Value.HIDDEN
                : new Value(rounding.round(cube.cell(m, t, p).value()));
    }

    private static Dashboard.Row rate(String key, Cube part, Cube whole, int m, int p, boolean bothTypes) {
        List<@Nullable Value> values = new ArrayList<>();
        for (int t = 0; t <= ALL; t++) {
            if (!bothTypes && t != 0) {
                values.add(null);
            } else if (part.hidden(m, t, p)
                    || whole.hidden(m, t, p)
                    || whole.cell(m, t, p).value() == 0) {
                values.add(whole.cell(m, t, p).isEmpty() ? new Value(0L) : Value.HIDDEN);
            } else {
                values.add(new Value(Math.round(
                        100.0 * part.cell(m, t, p).value() / whole.cell(m, t, p).value())));
            }
        }
        return new Dashboard.Row(key, Format.PERCENT, values);
    }

    /**
     * Kaplan-Meier survival of these groups as of a day: still active groups are censored. A point
     * (and the curve beyond it) is shown only while at least 3 groups with 10 people are still observed.
     */
    static Dashboard.Survival survival(String type, List<GroupLife> groups, LocalDate asOf) {
        List<KaplanMeier.Observation> observations = new ArrayList<>();
        List<long[]> byDays = new ArrayList<>();
        for (GroupLife g : groups) {
            if (g.startedOn().isAfter(asOf)) {
                continue;
            }
            boolean ended = g.endedOn() != null && !g.endedOn().isAfter(asOf);
            LocalDate until = ended ? g.endedOn() : asOf;
            long days = ChronoUnit.DAYS.between(g.startedOn(), until);
            observations.add(new KaplanMeier.Observation(days, ended));
            byDays.add(new long[] {days, g.membersEver()});
        }
        // Observed at time t: groups followed for at least t days, and their people (suffix sums).
        byDays.sort(Comparator.comparingLong(a -> a[0]));
        long[] days = new long[byDays.size()];
        long[] peopleFrom = new long[byDays.size() + 1];
        for (int i = byDays.size() - 1; i >= 0; i--) {
            days[i] = byDays.get(i)[0];
            peopleFrom[i] = peopleFrom[i + 1] + byDays.get(i)[1];
        }
        List<KaplanMeier.Step> curve = KaplanMeier.curve(observations);
        List<Value> afterYears = new ArrayList<>();
        for (int years = 1; years <= 3; years++) {
            long t = 365L * years;
            afterYears.add(
                    safeAt(days, peopleFrom, t) ? new Value(Math.round(100 * KaplanMeier.at(curve, t))) : Value.HIDDEN);
        }
        List<Dashboard.Point> points = new ArrayList<>();
        points.add(new Dashboard.Point(0, 100));
        for (KaplanMeier.Step step : curve) {
            if (!safeAt(days, peopleFrom, step.days())) {
                break;
            }
            points.add(new Dashboard.Point(step.days() / 365.0, Math.round(1000 * step.survival()) / 10.0));
        }
        return new Dashboard.Survival(type, afterYears, points);
    }

    private static boolean safeAt(long[] sortedDays, long[] peopleFrom, long t) {
        int first = Arrays.binarySearch(sortedDays, t);
        if (first < 0) {
            first = -first - 1;
        } else {
            while (first > 0 && sortedDays[first - 1] == t) {
                first--;
            }
        }
        int groupsSeen = sortedDays.length - first;
        return groupsSeen >= Suppression.MIN_GROUPS && peopleFrom[first] >= Suppression.MIN_PEOPLE;
    }

    /** The figures of one year with totals added: [municipality + all][savings, listening, both][Q1-Q4, year]. */
    public static Figures[][][] withTotals(
            List<String> municipalities, Map<String, @Nullable Figures[][]> byMunicipality) {
        int nm = municipalities.size();
        Figures[][][] f = new Figures[nm + 1][3][5];
        for (int i = 0; i <= nm; i++) {
            for (int t = 0; t < 3; t++) {
                for (int k = 0; k < 5; k++) {
                    f[i][t][k] = Figures.NONE;
                }
            }
        }
        for (int i = 0; i < nm; i++) {
            @Nullable Figures[][] own = byMunicipality.get(municipalities.get(i));
            if (own == null) {
                continue;
            }
            for (int t = 0; t < 2; t++) {
                for (int k = 0; k < 5; k++) {
                    Figures x = own[t][k] == null ? Figures.NONE : own[t][k];
                    f[i][t][k] = x;
                    f[i][ALL][k] = f[i][ALL][k].plus(x);
                    f[nm][t][k] = f[nm][t][k].plus(x);
                    f[nm][ALL][k] = f[nm][ALL][k].plus(x);
                }
            }
        }
        return f;
    }

    public static int typeIndex(String type) {
        return GROUP_TYPES.indexOf(type);
    }
}
