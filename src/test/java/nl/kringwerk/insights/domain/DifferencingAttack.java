package nl.kringwerk.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;

/**
 * A curious analyst with every funder's tables and a linear-programming solver (ojAlgo). She downloads,
 * as each funder, every table the page offers (each municipality of the scope and all together, each
 * quarter and the year, three group types; a figure the page gives for the year only is read for the
 * year only) and writes down everything she knows:
 * <ul>
 * <li>each table's figures are sums over the same finest pieces (municipality x organisation x type:
 *     what the scopes of municipalities and funds cut the groups into), so totals over municipalities
 *     and types hold, also between funders;</li>
 * <li>over time: active in the year = active in Q1 + started in Q2-Q4; active in the next quarter =
 *     active now - ended now + started next; started and ended in the year = the sum of the quarters;
 *     a quarter's people reached are at most the year's, the year's at most the quarters' sum;</li>
 * <li>a shown figure lies within the noise and rounding of what is shown (the page says how much);
 *     nothing is negative; started and ended are at most active; there are at least as many people
 *     reached as groups;</li>
 * <li>what the page's rules say about shown and hidden figures: a shown figure (other than 0) rests on
 *     at least 3 groups and 10 people, so its count of groups is at least 3 and of people at least 10
 *     (also for the active groups behind a shown count of people, and the other way round); a hidden
 *     figure is at least 1 when the page shows an empty figure as 0 (she looks at an empty area to
 *     find out), otherwise at least 0.</li>
 * </ul>
 * For every figure resting on fewer than 3 groups or 10 people she then computes the smallest and
 * largest value these allow: the tightest interval she can prove.
 */
final class DifferencingAttack {

    /** One group, as the generator made it: where, whose, what, when, how many members, its keys. */
    record Unit(
            int municipality,
            int organisation,
            int type,
            LocalDate start,
            @Nullable LocalDate end,
            int members,
            long key,
            long membersKey) {}

    /** A funder's scope: some municipalities, or the groups of some organisations. */
    record Scope(String name, List<Integer> municipalities, List<Integer> organisations) {

        boolean covers(Unit u) {
            return municipalities.contains(u.municipality()) || organisations.contains(u.organisation());
        }
    }

    /** A figure about fewer than 3 groups or 10 people, and the interval the analyst proved for it. */
    record Finding(String figure, boolean people, long truth, double low, double high) {

        double width() {
            return high - low;
        }
    }

    static final int YEAR = 2025;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] FIGURES = {"groups-active", "groups-started", "groups-ended", "members-reached"};

    // Per piece (atom) the unknowns: A1-A4, AY, S1-S4, E1-E4, R1-R4, RY.
    private static final int A = 0;
    private static final int S = 5;
    private static final int E = 9;
    private static final int R = 13;
    private static final int PER_ATOM = 18;

    private final List<Unit> units;
    private final List<Scope> scopes;
    private final Map<List<Integer>, Integer> atoms = new LinkedHashMap<>();

    DifferencingAttack(List<Unit> units, List<Scope> scopes) {
        this.units = units;
        this.scopes = scopes;
        for (Unit u : units) {
            atoms.putIfAbsent(List.of(u.municipality(), u.organisation(), u.type()), atoms.size());
        }
    }

    /** Groups in a few municipalities and organisations, started over four years, some ended. */
    static List<Unit> generate(long seed, int municipalities, int organisations, int groups) {
        Random random = new Random(seed);
        List<Unit> list = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            // Small places get few groups: the first municipality is the large one.
            int m = random.nextInt(3) == 0 ? 0 : random.nextInt(municipalities);
            LocalDate start = LocalDate.of(YEAR, 12, 31).minusDays(random.nextInt(4 * 365));
            LocalDate end = random.nextInt(3) == 0 ? start.plusDays(60 + random.nextInt(700)) : null;
            if (end != null && end.isAfter(TODAY)) {
                end = null;
            }
            int members = 4 + random.nextInt(12);
            long membersKey = 0;
            for (int i = 0; i < members; i++) {
                membersKey += Integer.toUnsignedLong(random.nextInt());
            }
            list.add(new Unit(
                    m,
                    random.nextInt(organisations),
                    random.nextInt(2),
                    start,
                    end,
                    members,
                    Integer.toUnsignedLong(random.nextInt()),
                    membersKey));
        }
        return list;
    }

    /** The quarter's (0-3) or year's (4) first and last day. */
    private static LocalDate[] period(int p) {
        LocalDate from = p == 4 ? LocalDate.of(YEAR, 1, 1) : LocalDate.of(YEAR, p * 3 + 1, 1);
        LocalDate to = p == 4 ? LocalDate.of(YEAR, 12, 31) : from.plusMonths(3).minusDays(1);
        return new LocalDate[] {from, to};
    }

    private static @Nullable GroupPeriod periodOf(Unit u, int p) {
        LocalDate[] d = period(p);
        boolean active =
                !u.start().isAfter(d[1]) && (u.end() == null || !u.end().isBefore(d[0]));
        if (!active) {
            return null;
        }
        boolean started = !u.start().isBefore(d[0]) && !u.start().isAfter(d[1]);
        boolean ended = u.end() != null && !u.end().isBefore(d[0]) && !u.end().isAfter(d[1]);
        return GroupPeriod.of(0, p == 4 ? 'Y' : 'Q', d[0], started, ended)
                .withMembers(u.members(), 0, u.membersKey(), 0)
                .withGroupKey(u.key());
    }

    /** A published or hidden figure: which units (as pieces), its true value and population. */
    private record Cell(
            String name,
            double[] atomWeights,
            int figure,
            int period,
            @Nullable Long shown,
            long truth,
            long groups,
            long people) {}

    /** Everything every funder can download, then the tightest interval of every small figure. */
    List<Finding> run() {
        boolean emptyShownAsZero = emptyShownAsZero();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            List<Unit> in = units.stream().filter(scope::covers).toList();
            List<String> names = new ArrayList<>();
            new TreeSet<>(in.stream().map(Unit::municipality).toList()).forEach(m -> names.add("M" + m));
            Map<String, @Nullable Figures[][]> byMunicipality = new HashMap<>();
            for (Unit u : in) {
                Figures[][] f = byMunicipality.computeIfAbsent("M" + u.municipality(), k -> new Figures[2][5]);
                for (int p = 0; p < 5; p++) {
                    GroupPeriod gp = periodOf(u, p);
                    if (gp != null) {
                        Figures x = Figures.ofGroup(gp);
                        f[u.type()][p] = f[u.type()][p] == null ? x : f[u.type()][p].plus(x);
                    }
                }
            }
            Figures[][][] cube = DashboardBuilder.withTotals(names, byMunicipality);
            List<String> filters = new ArrayList<>(names);
            filters.add(null);
            for (String municipality : filters) {
                for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
                    Dashboard d = DashboardBuilder.build(
                            names, municipality, YEAR, quarter, Map.of(YEAR, cube), List.of(), TODAY);
                    int m = municipality == null ? names.size() : names.indexOf(municipality);
                    int p = quarter == null ? 4 : quarter - 1;
                    for (int fig = 0; fig < FIGURES.length; fig++) {
                        Dashboard.Row row = d.row(FIGURES[fig]);
                        for (int t = 0; t < 3; t++) {
                            Dashboard.Value v = row.values().get(t);
                            if (v == null) {
                                // The page does not give this figure for this period.
                                continue;
                            }
                            Figures f = cube[m][t][p];
                            long truth = switch (fig) {
                                case 0 -> f.groupsActive();
                                case 1 -> f.groupsStarted();
                                case 2 -> f.groupsEnded();
                                default -> f.membersReached();
                            };
                            long groups = fig == 1 ? f.groupsStarted() : fig == 2 ? f.groupsEnded() : f.groupsActive();
                            long people =
                                    fig == 1 ? f.membersStarted() : fig == 2 ? f.membersEnded() : f.membersReached();
                            double[] w = weights(scope, municipality, t);
                            String name = scope.name() + " " + (municipality == null ? "all" : municipality) + " "
                                    + Dashboard.TYPES.get(t) + " " + (quarter == null ? "Y" : "Q" + quarter) + " "
                                    + FIGURES[fig];
                            cells.put(name, new Cell(name, w, fig, p, v.value(), truth, groups, people));
                        }
                    }
                }
            }
        }
        ExpressionsBasedModel model = model(cells.values(), emptyShownAsZero);
        List<Finding> findings = new ArrayList<>();
        Map<String, Finding> done = new HashMap<>();
        for (Cell c : cells.values()) {
            boolean small = (c.groups() > 0 || c.people() > 0)
                    && (c.groups() < Protection.MIN_GROUPS || c.people() < Protection.MIN_PEOPLE);
            if (!small) {
                continue;
            }
            String same = Arrays.toString(c.atomWeights()) + c.figure() + "/" + c.period();
            Finding known = done.get(same);
            if (known == null) {
                double low = solve(model, c, false);
                double high = solve(model, c, true);
                known = new Finding(c.name(), c.figure() == 3, c.truth(), low, high);
                done.put(same, known);
            }
            findings.add(new Finding(c.name(), c.figure() == 3, c.truth(), known.low(), known.high()));
        }
        return findings;
    }

    /**
     * Whether the page shows a figure about no group at all as 0: the analyst finds out by looking
     * at an area or period without groups. If so, a hidden figure is about at least one group.
     */
    private static boolean emptyShownAsZero() {
        List<String> place = List.of("M0");
        Map<String, @Nullable Figures[][]> nothing = new HashMap<>();
        Figures[][][] cube = DashboardBuilder.withTotals(place, nothing);
        Dashboard d = DashboardBuilder.build(place, null, YEAR, null, Map.of(YEAR, cube), List.of(), TODAY);
        Dashboard.Value empty = d.row("groups-active").values().get(2);
        return empty != null && !empty.hidden();
    }

    /** Which pieces a figure adds up: those of the scope, in the municipality (or all), of the type (or both). */
    private double[] weights(Scope scope, @Nullable String municipality, int type) {
        double[] w = new double[atoms.size()];
        for (Map.Entry<List<Integer>, Integer> atom : atoms.entrySet()) {
            int m = atom.getKey().get(0);
            int o = atom.getKey().get(1);
            int t = atom.getKey().get(2);
            boolean inScope =
                    scope.municipalities().contains(m) || scope.organisations().contains(o);
            if (inScope && (municipality == null || municipality.equals("M" + m)) && (type == 2 || type == t)) {
                w[atom.getValue()] = 1;
            }
        }
        return w;
    }

    private int var(int atom, int offset) {
        return atom * PER_ATOM + offset;
    }

    private ExpressionsBasedModel model(Iterable<Cell> cells, boolean emptyShownAsZero) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int n = atoms.size();
        for (int i = 0; i < n * PER_ATOM; i++) {
            model.addVariable("x" + i).lower(0);
        }
        int k = 0;
        for (int a = 0; a < n; a++) {
            // Active in the year = active in Q1 + started in Q2-Q4.
            Expression year = model.addExpression("y" + a).level(0);
            year.set(var(a, A + 4), 1).set(var(a, A), -1);
            for (int q = 1; q < 4; q++) {
                year.set(var(a, S + q), -1);
            }
            for (int q = 0; q < 3; q++) {
                // Active next quarter = active now - ended now + started next.
                model.addExpression("q" + a + "_" + q)
                        .level(0)
                        .set(var(a, A + q + 1), 1)
                        .set(var(a, A + q), -1)
                        .set(var(a, E + q), 1)
                        .set(var(a, S + q + 1), -1);
            }
            for (int q = 0; q < 4; q++) {
                model.addExpression("s" + a + "_" + q)
                        .upper(0)
                        .set(var(a, S + q), 1)
                        .set(var(a, A + q), -1);
                model.addExpression("e" + a + "_" + q)
                        .upper(0)
                        .set(var(a, E + q), 1)
                        .set(var(a, A + q), -1);
                model.addExpression("r" + a + "_" + q)
                        .lower(0)
                        .set(var(a, R + q), 1)
                        .set(var(a, A + q), -1);
                model.addExpression("ry" + a + "_" + q)
                        .lower(0)
                        .set(var(a, R + 4), 1)
                        .set(var(a, R + q), -1);
            }
            Expression sum = model.addExpression("rs" + a).lower(0).set(var(a, R + 4), -1);
            for (int q = 0; q < 4; q++) {
                sum.set(var(a, R + q), 1);
            }
            model.addExpression("ra" + a).lower(0).set(var(a, R + 4), 1).set(var(a, A + 4), -1);
        }
        for (Cell c : cells) {
            Expression e = model.addExpression("c" + k++);
            set(e, c, 1);
            boolean people = c.figure() == 3;
            long noise = people ? Protection.MAX_NOISE_PEOPLE : Protection.MAX_NOISE_GROUPS;
            long rounding = Protection.ROUND_COUNT / 2;
            if (c.shown() == null) {
                e.lower(emptyShownAsZero ? 1 : 0);
                continue;
            }
            long shown = c.shown();
            // A shown figure other than 0 is about at least 3 groups and 10 people (the page's rule).
            long least = shown == 0 ? 0 : people ? Protection.MIN_PEOPLE : Protection.MIN_GROUPS;
            e.lower(Math.max(least, shown - rounding - noise)).upper(shown + rounding + noise);
            if (shown > 0 && (c.figure() == 0 || people)) {
                // The same groups and people: behind a shown count of groups are at least 10 people,
                // behind a shown count of people at least 3 groups.
                Expression other = model.addExpression("c" + k++);
                set(other, new Cell(c.name(), c.atomWeights(), people ? 0 : 3, c.period(), null, 0, 0, 0), 1);
                other.lower(people ? Protection.MIN_GROUPS : Protection.MIN_PEOPLE);
            }
        }
        return model;
    }

    /** Puts the figure's unknowns (per piece) into an expression. */
    private void set(Expression e, Cell c, double factor) {
        double[] w = c.atomWeights();
        for (int a = 0; a < w.length; a++) {
            if (w[a] == 0) {
                continue;
            }
            int p = c.period();
            switch (c.figure()) {
                case 0 -> e.set(var(a, A + p), factor);
                case 3 -> e.set(var(a, R + p), factor);
                default -> {
                    int base = c.figure() == 1 ? S : E;
                    if (p < 4) {
                        e.set(var(a, base + p), factor);
                    } else {
                        for (int q = 0; q < 4; q++) {
                            e.set(var(a, base + q), factor);
                        }
                    }
                }
            }
        }
    }

    private double solve(ExpressionsBasedModel base, Cell c, boolean max) {
        ExpressionsBasedModel model = base.copy();
        Expression objective = model.addExpression("objective").weight(1);
        set(objective, c, 1);
        Optimisation.Result result = max ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the analyst's model has no solution for " + c.name() + ": " + result);
        }
        return result.getValue();
    }
}
