package nl.kringwerk.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.DashboardBuilder;
import nl.kringwerk.insights.domain.KaplanMeier;
import nl.kringwerk.insights.domain.Protection;
import nl.kringwerk.insights.domain.Suppression.Rounding;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the protection costs: for every figure the page shows (each municipality and all together,
 * the year and its quarters, three group types), the published value against the true one read from
 * the summary tables without any protection, as the mean absolute deviation per figure, next to what
 * rounding alone would cost and how many figures are hidden.
 */
final class InsightsUtility {

    /** The figures of a row of the page: the true value from the summed columns. */
    private static final Map<String, Function<long[], @Nullable Double>> TRUTH = new LinkedHashMap<>();

    // Columns read, in this order.
    private static final String COLUMNS = "groups_active, groups_started, groups_ended, sessions, present, possible,"
            + " members_reached, members_left, cycles_completed, cycles_continued, saved_cents, lent_cents,"
            + " loans_due, loans_on_time, outcome_start_low, outcome_start_mid, outcome_start_high,"
            + " outcome_start_people, outcome_start_groups, outcome_end_low, outcome_end_mid, outcome_end_high,"
            + " outcome_end_people, outcome_end_groups, closing_lighter, closing_same, closing_heavier,"
            + " closing_people, closing_groups";
    private static final int READ = 29;

    static {
        TRUTH.put("groups-active", v -> (double) v[0]);
        TRUTH.put("groups-started", v -> (double) v[1]);
        TRUTH.put("groups-ended", v -> (double) v[2]);
        TRUTH.put("sessions", v -> (double) v[3]);
        TRUTH.put("attendance", v -> percent(v[4], v[5]));
        TRUTH.put("members-reached", v -> (double) v[6]);
        TRUTH.put("dropout", v -> percent(v[7], v[6]));
        TRUTH.put("cycles-completed", v -> (double) v[8]);
        TRUTH.put("cycles-continued", v -> percent(v[9], v[8]));
        TRUTH.put("saved", v -> v[10] / 100.0);
        TRUTH.put("lent", v -> v[11] / 100.0);
        TRUTH.put("loans-on-time", v -> percent(v[13], v[12]));
        // The secret rounds' shares (issue 21): a band of all answers of the phase, a choice of all taps.
        String[] bands = {"low", "mid", "high"};
        for (int b = 0; b < 3; b++) {
            int band = b;
            TRUTH.put("outcome-start-" + bands[b], v -> percent(v[14 + band], v[14] + v[15] + v[16]));
            TRUTH.put("outcome-end-" + bands[b], v -> percent(v[19 + band], v[19] + v[20] + v[21]));
        }
        String[] closing = {"lighter", "same", "heavier"};
        for (int c = 0; c < 3; c++) {
            int choice = c;
            TRUTH.put("closing-" + closing[c], v -> percent(v[24 + choice], v[24] + v[25] + v[26]));
        }
    }

    private final JdbcTemplate jdbc;

    InsightsUtility(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static @Nullable Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /** Deviation of one figure over all cells where it is shown. */
    static final class Deviation {
        long shown;
        long hidden;
        double published;
        double rounding;
        double truth;

        void add(double value, double truth, double roundedTruth) {
            shown++;
            published += Math.abs(value - truth);
            rounding += Math.abs(roundedTruth - truth);
            this.truth += truth;
        }
    }

    /**
     * @param dashboard the published dashboard for (quarter or null, municipality or null), as the
     *                  country's admin sees it
     */
    Map<String, Deviation> measure(
            int year,
            List<String> municipalities,
            BiFunction<@Nullable Integer, @Nullable String, Dashboard> dashboard) {
        Map<String, long[]> truth = new HashMap<>();
        jdbc.query(
                "SELECT municipality, type, kind, MONTH(start_on), " + COLUMNS
                        + " FROM insight_municipality_period WHERE kind IN ('Q', 'Y') AND YEAR(start_on) = ?",
                rs -> {
                    long[] v = new long[READ];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(5 + i);
                    }
                    String period = rs.getString(3).equals("Y") ? "Y" : "Q" + ((rs.getInt(4) - 1) / 3 + 1);
                    String type = rs.getString(2);
                    for (String m : new String[] {rs.getString(1), "ALL"}) {
                        for (String t : new String[] {type, "ALL"}) {
                            truth.merge(m + "|" + t + "|" + period, v, InsightsUtility::plus);
                        }
                    }
                },
                year);
        Map<String, Deviation> result = new LinkedHashMap<>();
        TRUTH.keySet().forEach(k -> result.put(k, new Deviation()));
        List<@Nullable String> places = new ArrayList<>(municipalities);
        places.add(null);
        for (String place : places) {
            for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
                Dashboard d = dashboard.apply(quarter, place);
                String period = quarter == null ? "Y" : "Q" + quarter;
                for (Dashboard.Row row : d.rows()) {
                    for (int t = 0; t < 3; t++) {
                        Dashboard.Value value = row.values().get(t);
                        if (value == null) {
                            continue;
                        }
                        Deviation dev = result.get(row.key());
                        if (value.hidden()) {
                            dev.hidden++;
                            continue;
                        }
                        long[] v = truth.get(
                                (place == null ? "ALL" : place) + "|" + Dashboard.TYPES.get(t) + "|" + period);
                        Double real = v == null ? null : TRUTH.get(row.key()).apply(v);
                        if (real == null) {
                            continue;
                        }
                        double published =
                                row.format() == Dashboard.Format.MONEY ? value.value() / 100.0 : value.value();
                        double rounded = switch (row.format()) {
                            case COUNT -> Rounding.COUNT.round(Math.round(real));
                            case MONEY -> Rounding.MONEY_CENTS.round(Math.round(real * 100)) / 100.0;
                            case PERCENT -> Math.round(real);
                        };
                        dev.add(published, real, rounded);
                    }
                }
            }
        }
        return result;
    }

    /** The survival points of the whole country and of each municipality, against Kaplan-Meier without noise. */
    Deviation survival(
            int year,
            List<String> municipalities,
            BiFunction<@Nullable Integer, @Nullable String, Dashboard> dashboard) {
        LocalDate asOf = LocalDate.of(year, 12, 31);
        Map<String, List<KaplanMeier.Observation>> byPlaceAndType = new HashMap<>();
        jdbc.query(
                "SELECT municipality, type, started_on, ended_on FROM insight_group WHERE started_on <= ?",
                rs -> {
                    LocalDate start = rs.getObject(3, LocalDate.class);
                    LocalDate end = rs.getObject(4, LocalDate.class);
                    boolean ended = end != null && !end.isAfter(asOf);
                    KaplanMeier.Observation o =
                            new KaplanMeier.Observation(ChronoUnit.DAYS.between(start, ended ? end : asOf), ended);
                    for (String m : new String[] {rs.getString(1), "ALL"}) {
                        for (String t : new String[] {rs.getString(2), "ALL"}) {
                            byPlaceAndType
                                    .computeIfAbsent(m + "|" + t, k -> new ArrayList<>())
                                    .add(o);
                        }
                    }
                },
                asOf);
        Deviation dev = new Deviation();
        List<@Nullable String> places = new ArrayList<>(municipalities);
        places.add(null);
        for (String place : places) {
            Dashboard d = dashboard.apply(null, place);
            for (Dashboard.Survival s : d.survival()) {
                List<KaplanMeier.Observation> observations =
                        byPlaceAndType.getOrDefault((place == null ? "ALL" : place) + "|" + s.type(), List.of());
                List<KaplanMeier.Step> curve = KaplanMeier.curve(observations);
                for (int i = 0; i < s.points().size(); i++) {
                    Dashboard.Value v = s.points().get(i);
                    if (v.hidden()) {
                        dev.hidden++;
                        continue;
                    }
                    double real =
                            100 * KaplanMeier.at(curve, DashboardBuilder.daysOf(Protection.SURVIVAL_MONTHS.get(i)));
                    dev.add(v.value(), real, Math.round(real));
                }
            }
        }
        return dev;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    static void print(int year, Map<String, Deviation> figures, Deviation survival) {
        System.out.printf(
                "utility cost, %d, every municipality and the country, year and quarters, three types:%n", year);
        System.out.printf(
                "    %-18s %7s %7s %14s %14s %12s %9s%n",
                "figure", "shown", "hidden", "MAD published", "MAD rounding", "mean value", "MAD/mean");
        figures.forEach((key, d) -> line(key, d));
        line("survival points", survival);
        System.out.println("    (counts in groups, people or sessions, money in euros, rates in percentage points)");
    }

    private static void line(String key, Deviation d) {
        double n = Math.max(1, d.shown);
        System.out.printf(
                "    %-18s %7d %7d %14.2f %14.2f %12.1f %8.1f%%%n",
                key,
                d.shown,
                d.hidden,
                d.published / n,
                d.rounding / n,
                d.truth / n,
                d.truth == 0 ? 0 : 100 * d.published / d.truth);
    }
}
