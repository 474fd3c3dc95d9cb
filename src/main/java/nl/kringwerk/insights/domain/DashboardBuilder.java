package nl.kringwerk.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * a rate is shown only when both its parts are; every shown figure carries the noise of its cell key
 * ({@link CellKey}), with the parameters of {@link Protection}. A figure about no group at all is
 * hidden like a small one (were it shown as 0, "hidden" would say "at least one"), and a shown figure
 * is never 0. New and stopped groups are given per year only.
 */
public final class DashboardBuilder {

    public static final int TREND_YEARS = 3;
    static final int ALL = 2;
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
        // Each figure is checked against the units it rests on: e.g. money lent against the groups that
        // lent and the people who borrowed, attendance against the groups with sessions and their members.
        Cube active = activeCube(f);
        Cube started = cube(f, Figures::groupsStarted, Figures::membersStarted, Figures::groupsStarted, true);
        Cube ended = cube(f, Figures::groupsEnded, Figures::membersEnded, Figures::groupsEnded, true);
        Cube reached = cube(f, Figures::membersReached, Figures::membersReached, Figures::groupsActive, false);
        Cube left = cube(f, Figures::membersLeft, Figures::membersReached, Figures::groupsActive, true);
        Cube sessions = sessionsCube(f);
        Cube present = cube(f, Figures::present, Figures::membersWithSessions, Figures::groupsWithSessions, true);
        Cube possible = cube(f, Figures::possible, Figures::membersWithSessions, Figures::groupsWithSessions, true);
        Cube completed = cube(f, Figures::cyclesCompleted, Figures::membersWithCycles, Figures::groupsWithCycles, true);
        Cube continued = cube(f, Figures::cyclesContinued, Figures::membersWithCycles, Figures::groupsWithCycles, true);
        Cube saved = cube(f, Figures::savedCents, Figures::savers, Figures::groupsSaving, true);
        Cube lent = cube(f, Figures::lentCents, Figures::borrowers, Figures::groupsLending, true);
        Cube due = cube(f, Figures::loansDue, Figures::borrowersDue, Figures::groupsWithLoansDue, true);
        Cube onTime = cube(f, Figures::loansOnTime, Figures::borrowersDue, Figures::groupsWithLoansDue, true);

        Noisy n = new Noisy(f, m, p);
        List<Dashboard.Row> rows = new ArrayList<>();
        rows.add(n.groups("groups-active", active, Figures::keyActive, 0));
        // New and stopped groups per year only: per quarter they are a group or two, and the year's
        // active groups minus a quarter's would narrow them down (issue 18).
        rows.add(
                quarter == null
                        ? n.groups("groups-started", started, Figures::keyStarted, 1)
                        : yearOnly("groups-started"));
        rows.add(quarter == null ? n.groups("groups-ended", ended, Figures::keyEnded, 2) : yearOnly("groups-ended"));
        rows.add(n.total("sessions", sessions, Figures::groupsWithSessions, 3, Rounding.COUNT, true));
        rows.add(n.rate("attendance", present, possible, Figures::keyActive, 4, true));
        rows.add(n.people("members-reached", reached, Figures::keyReached, 5));
        rows.add(n.rate("dropout", left, reached, Figures::keyReached, 6, true));
        rows.add(n.total("cycles-completed", completed, Figures::groupsWithCycles, 7, Rounding.COUNT, false));
        rows.add(n.rate("cycles-continued", continued, completed, Figures::keyActive, 8, false));
        rows.add(n.total("saved", saved, Figures::groupsSaving, 9, Rounding.MONEY_CENTS, false));
        rows.add(n.total("lent", lent, Figures::groupsLending, 10, Rounding.MONEY_CENTS, false));
        rows.add(n.rate("loans-on-time", onTime, due, Figures::keyActive, 11, false));
        outcomeRows(f, n, rows);

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
                Noisy nq = new Noisy(fy, m, q);
                trend.add(new Dashboard.Trend(
                        y + " K" + (q + 1),
                        nq.groupCount(a, ALL, Figures::keyActive, 0),
                        nq.totalValue(s, ALL, Figures::groupsWithSessions, 3, Rounding.COUNT),
                        !lastDay(y, q + 1).isBefore(today)));
            }
        }
        LocalDate asOf = quarter == null ? LocalDate.of(year, 12, 31) : lastDay(year, quarter);
        boolean unfinished = !asOf.isBefore(today);
        if (asOf.isAfter(today)) {
            asOf = today;
        }
        List<GroupLife> inScope = lives.stream()
                .filter(l -> municipality == null || l.municipality().equals(municipality))
                .filter(l -> !l.startedOn().isAfter(LocalDate.of(year, 12, 31)))
                .toList();
        boolean[][][] shown = DashboardSurvival.shown(municipalities, lives, asOf);
        List<Dashboard.Survival> survival = new ArrayList<>();
        for (int t = 0; t <= ALL; t++) {
            String type = Dashboard.TYPES.get(t);
            survival.add(DashboardSurvival.survival(
                    type,
                    inScope.stream()
                            .filter(l -> type.equals("ALL") || l.type().equals(type))
                            .toList(),
                    asOf,
                    shown[m][t]));
        }
        return new Dashboard(year, quarter, municipality, unfinished, rows, survival, trend);
    }

    private static LocalDate lastDay(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /**
     * The shown figures of one municipality and period (all of the scope when m is its last index):
     * hidden where its cube hides them, otherwise with the noise of its cell key, then rounded.
     */
    private record Noisy(Figures[][][] f, int m, int p) {

        Dashboard.Row groups(String key, Cube cube, ToLongFunction<Figures> keys, int figure) {
            List<@Nullable Value> values = new ArrayList<>();
            for (int t = 0; t <= ALL; t++) {
                values.add(groupCount(cube, t, keys, figure));
            }
            return new Dashboard.Row(key, Format.COUNT, values);
        }

        Value groupCount(Cube cube, int t, ToLongFunction<Figures> keys, int figure) {
            return count(cube, t, keys, figure, Protection.MAX_NOISE_GROUPS);
        }

        Dashboard.Row people(String key, Cube cube, ToLongFunction<Figures> keys, int figure) {
            List<@Nullable Value> values = new ArrayList<>();
            for (int t = 0; t <= ALL; t++) {
                values.add(count(cube, t, keys, figure, Protection.MAX_NOISE_PEOPLE));
            }
            return new Dashboard.Row(key, Format.COUNT, values);
        }

        private Value count(Cube cube, int t, ToLongFunction<Figures> keys, int figure, int max) {
            if (cube.hidden(m, t, p) || cube.cell(m, t, p).isEmpty()) {
                return Value.HIDDEN;
            }
            long value = cube.cell(m, t, p).value();
            return new Value(Rounding.COUNT.shown(CellKey.count(value, keys.applyAsLong(f[m][t][p]), figure, max)));
        }

        Dashboard.Row total(
                String key,
                Cube cube,
                ToLongFunction<Figures> groups,
                int figure,
                Rounding rounding,
                boolean bothTypes) {
            List<@Nullable Value> values = new ArrayList<>();
            for (int t = 0; t <= ALL; t++) {
                values.add(!bothTypes && t != 0 ? null : totalValue(cube, t, groups, figure, rounding));
            }
            return new Dashboard.Row(key, rounding == Rounding.MONEY_CENTS ? Format.MONEY : Format.COUNT, values);
        }

        Value totalValue(Cube cube, int t, ToLongFunction<Figures> groups, int figure, Rounding rounding) {
            if (cube.hidden(m, t, p) || cube.cell(m, t, p).isEmpty()) {
                return Value.HIDDEN;
            }
            Figures cell = f[m][t][p];
            long value = cube.cell(m, t, p).value();
            return new Value(rounding.shown(CellKey.sum(value, groups.applyAsLong(cell), cell.keyActive(), figure)));
        }

        Dashboard.Row rate(
                String key, Cube part, Cube whole, ToLongFunction<Figures> keys, int figure, boolean bothTypes) {
            return rate(key, part, whole, keys, figure, bothTypes ? ALL : 0);
        }

        /** @param type the one group type the rate is about (0 savings circles, 1 listening groups), or ALL */
        Dashboard.Row rate(String key, Cube part, Cube whole, ToLongFunction<Figures> keys, int figure, int type) {
            List<@Nullable Value> values = new ArrayList<>();
            for (int t = 0; t <= ALL; t++) {
                if (type != ALL && t != type) {
                    values.add(null);
                } else if (part.hidden(m, t, p)
                        || whole.hidden(m, t, p)
                        || whole.cell(m, t, p).value() == 0) {
                    values.add(Value.HIDDEN);
                } else {
                    double percent = 100.0
                            * part.cell(m, t, p).value()
                            / whole.cell(m, t, p).value();
                    values.add(new Value(CellKey.percent(percent, keys.applyAsLong(f[m][t][p]), figure)));
                }
            }
            return new Dashboard.Row(key, Format.PERCENT, values);
        }
    }

    /**
     * The secret rounds' figures (issue 21): the share of the outcome answers in each band at the
     * start and at the end of a cycle (savings circles), and of the closing taps lighter, the same,
     * heavier (listening groups). Each share is a rate whose part and whole go through their cube,
     * resting on the groups with such answers and the people who gave them, as every rate does.
     */
    private static void outcomeRows(Figures[][][] f, Noisy n, List<Dashboard.Row> rows) {
        String[] bands = {"low", "mid", "high"};
        List<ToLongFunction<Outcomes>> start = List.of(Outcomes::startLow, Outcomes::startMid, Outcomes::startHigh);
        List<ToLongFunction<Outcomes>> end = List.of(Outcomes::endLow, Outcomes::endMid, Outcomes::endHigh);
        Cube startAll = outcomeCube(f, Outcomes::startAnswers, Outcomes::startPeople, Outcomes::startGroups);
        Cube endAll = outcomeCube(f, Outcomes::endAnswers, Outcomes::endPeople, Outcomes::endGroups);
        for (int b = 0; b < 3; b++) {
            rows.add(n.rate(
                    "outcome-start-" + bands[b],
                    outcomeCube(f, start.get(b), Outcomes::startPeople, Outcomes::startGroups),
                    startAll,
                    Figures::keyActive,
                    30 + b,
                    0));
        }
        for (int b = 0; b < 3; b++) {
            rows.add(n.rate(
                    "outcome-end-" + bands[b],
                    outcomeCube(f, end.get(b), Outcomes::endPeople, Outcomes::endGroups),
                    endAll,
                    Figures::keyActive,
                    33 + b,
                    0));
        }
        // Per statement (V091): start against end for each of the five, every cell protected as above.
        for (int q = 0; q < Outcomes.STATEMENTS; q++) {
            int question = q;
            for (boolean isEnd : new boolean[] {false, true}) {
                ToLongFunction<Outcomes> people = isEnd ? Outcomes::endPeople : Outcomes::startPeople;
                ToLongFunction<Outcomes> groups = isEnd ? Outcomes::endGroups : Outcomes::startGroups;
                Cube all = outcomeCube(f, o -> o.statementAnswers(question, isEnd), people, groups);
                for (int b = 0; b < 3; b++) {
                    int band = b;
                    rows.add(n.rate(
                            statementKey(q, isEnd, b),
                            outcomeCube(f, o -> o.statement(question, isEnd, band), people, groups),
                            all,
                            Figures::keyActive,
                            STATEMENT_FIGURES + q * 6 + (isEnd ? 3 : 0) + b,
                            0));
                }
            }
        }
        String[] closing = {"lighter", "same", "heavier"};
        List<ToLongFunction<Outcomes>> taps = List.of(Outcomes::lighter, Outcomes::same, Outcomes::heavier);
        Cube allTaps = outcomeCube(f, Outcomes::closingTaps, Outcomes::closingPeople, Outcomes::closingGroups);
        for (int c = 0; c < 3; c++) {
            rows.add(n.rate(
                    "closing-" + closing[c],
                    outcomeCube(f, taps.get(c), Outcomes::closingPeople, Outcomes::closingGroups),
                    allTaps,
                    Figures::keyActive,
                    36 + c,
                    1));
        }
    }

    /** The first figure number (for the noise) of the per-statement outcome shares; 40..69. */
    private static final int STATEMENT_FIGURES = 40;

    /** The dashboard row of one statement's share in one band, at the start or the end of a cycle. */
    public static String statementKey(int question, boolean end, int band) {
        return "outcome-q" + (question + 1) + "-" + (end ? "end" : "start") + "-"
                + new String[] {"low", "mid", "high"}[band];
    }

    private static Cube outcomeCube(
            Figures[][][] f,
            ToLongFunction<Outcomes> value,
            ToLongFunction<Outcomes> people,
            ToLongFunction<Outcomes> groups) {
        return cube(
                f,
                x -> value.applyAsLong(x.outcomes()),
                x -> people.applyAsLong(x.outcomes()),
                x -> groups.applyAsLong(x.outcomes()),
                true);
    }

    /** A figure the page gives for the whole year only: in a quarter it does not apply ("-"). */
    private static Dashboard.Row yearOnly(String key) {
        List<@Nullable Value> none = new ArrayList<>();
        for (int t = 0; t <= ALL; t++) {
            none.add(null);
        }
        return new Dashboard.Row(key, Format.COUNT, none);
    }

    private static Cube activeCube(Figures[][][] f) {
        return cube(f, Figures::groupsActive, Figures::membersReached, Figures::groupsActive, false);
    }

    private static Cube sessionsCube(Figures[][][] f) {
        return cube(f, Figures::sessions, Figures::membersWithSessions, Figures::groupsWithSessions, true);
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

    /** A fixed point of the survival in days: a year is 365 days, half a year 182. */
    public static long daysOf(int months) {
        return months * 365L / 12;
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
