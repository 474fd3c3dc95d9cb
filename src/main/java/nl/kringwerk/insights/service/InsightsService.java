package nl.kringwerk.insights.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.DashboardBuilder;
import nl.kringwerk.insights.domain.Figures;
import nl.kringwerk.insights.domain.GroupLife;
import nl.kringwerk.insights.domain.GroupPeriod;
import nl.kringwerk.insights.domain.Suppression;
import nl.kringwerk.security.InsightAccess;
import nl.kringwerk.security.InsightScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funder's dashboard. It only ever returns figures added up over groups and suppressed by the
 * rules of {@link Suppression}; there is no method here that returns
 * anything of one group or one person. The figures come from the summary tables; the same dashboard
 * computed from the raw tables exists for the benchmark and to prove both agree.
 */
@Service
public class InsightsService {

    /** MariaDB's day number of 1970-01-01, so that TO_DAYS(d) - EPOCH is Java's epoch day. */
    private static final long EPOCH = 719528;

    private final InsightAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final RawFigures raw;
    private final Clock clock;

    private final SummaryOutbox outbox;

    InsightsService(
            InsightAccess access, NamedParameterJdbcTemplate jdbc, RawFigures raw, Clock clock, SummaryOutbox outbox) {
        this.outbox = outbox;
        this.access = access;
        this.jdbc = jdbc;
        this.raw = raw;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InsightOptions options() {
        outbox.applyPending();
        return optionsOf(access.requireScope());
    }

    /**
     * @param quarter      1-4, or null for the whole year
     * @param municipality one of the scope's municipalities, or null for all of them
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, @Nullable Integer quarter, @Nullable String municipality) {
        // First what is pending in the outbox (a transaction of its own, before this one reads anything):
        // the dashboard agrees with every write committed before it was asked for.
        outbox.applyPending();
        InsightScope scope = access.requireScope();
        List<String> municipalities = checked(scope, year, quarter, municipality);
        MapSqlParameterSource params = params(scope)
                .addValue("from", LocalDate.of(year - DashboardBuilder.TREND_YEARS + 1, 1, 1))
                .addValue("to", LocalDate.of(year, 12, 31));
        Map<Integer, Map<String, @Nullable Figures[][]>> byYear = new HashMap<>();
        // Without organisations in the scope, the per-municipality summary has one row per municipality,
        // type and period already: read as it is. Otherwise the areas are added up, in the order of the
        // primary key (MariaDB then adds up without sorting: 12 ms, not 120 ms, for the whole country).
        boolean perMunicipality = scope.organisations().isEmpty();
        String figures = perMunicipality ? String.join(", ", SummaryStore.FIGURE_COLUMNS) : SummaryStore.sums();
        jdbc.query(
                "SELECT municipality, type, kind, TO_DAYS(start_on) - " + EPOCH + ", " + figures
                        + " FROM " + (perMunicipality ? "insight_municipality_period" : "insight_area_period")
                        + " WHERE kind IN ('Q', 'Y') AND start_on BETWEEN :from AND :to AND " + where(scope)
                        + (perMunicipality ? "" : " GROUP BY kind, start_on, municipality, type"),
                params,
                (RowCallbackHandler) rs -> {
                    long[] v = new long[Figures.SIZE];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(5 + i);
                    }
                    Figures f = Figures.of(v);
                    put(
                            byYear,
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3).charAt(0),
                            LocalDate.ofEpochDay(rs.getLong(4)),
                            f);
                });
        List<GroupLife> lives = new ArrayList<>();
        // Dates as day numbers: reading 20,000 dates as text costs more than the rest of the page.
        jdbc.query(
                "SELECT municipality, type, TO_DAYS(started_on) - " + EPOCH + ", TO_DAYS(ended_on) - " + EPOCH
                        + ", members_ever, record_key FROM insight_group WHERE " + where(scope),
                params,
                (RowCallbackHandler) rs -> {
                    long ended = rs.getLong(4);
                    LocalDate endedOn = rs.wasNull() ? null : LocalDate.ofEpochDay(ended);
                    lives.add(new GroupLife(
                            0,
                            0,
                            rs.getString(1),
                            rs.getString(2),
                            LocalDate.ofEpochDay(rs.getLong(3)),
                            endedOn,
                            rs.getInt(5),
                            rs.getLong(6)));
                });
        return build(municipalities, municipality, year, quarter, byYear, lives);
    }

    /** The same dashboard, computed by scanning the raw tables (slow; for the benchmark and tests). */
    @Transactional(readOnly = true)
    public Dashboard dashboardFromRawTables(int year, @Nullable Integer quarter, @Nullable String municipality) {
        InsightScope scope = access.requireScope();
        List<String> municipalities = checked(scope, year, quarter, municipality);
        LocalDate today = LocalDate.now(clock);
        RawFigures.Selection selection = scope.country()
                ? RawFigures.Selection.all()
                : RawFigures.Selection.inArea(scope.municipalities(), scope.organisations());
        List<GroupLife> lives = raw.lives(selection, today);
        Map<Long, GroupLife> byGroup = new HashMap<>();
        lives.forEach(l -> byGroup.put(l.groupId(), l));
        Map<Integer, Map<String, @Nullable Figures[][]>> byYear = new HashMap<>();
        for (GroupPeriod p : raw.periods(selection, today)) {
            if (p.start().getYear() > year || p.start().getYear() <= year - DashboardBuilder.TREND_YEARS) {
                continue;
            }
            GroupLife life = byGroup.get(p.groupId());
            put(byYear, life.municipality(), life.type(), p.kind(), p.start(), Figures.ofGroup(p));
        }
        return build(municipalities, municipality, year, quarter, byYear, lives);
    }

    private Dashboard build(
            List<String> municipalities,
            @Nullable String municipality,
            int year,
            @Nullable Integer quarter,
            Map<Integer, Map<String, @Nullable Figures[][]>> byYear,
            List<GroupLife> lives) {
        Map<Integer, Figures[][][]> cubes = new HashMap<>();
        for (int y = year - DashboardBuilder.TREND_YEARS + 1; y <= year; y++) {
            cubes.put(y, DashboardBuilder.withTotals(municipalities, byYear.getOrDefault(y, Map.of())));
        }
        return DashboardBuilder.build(municipalities, municipality, year, quarter, cubes, lives, LocalDate.now(clock));
    }

    private static void put(
            Map<Integer, Map<String, @Nullable Figures[][]>> byYear,
            String municipality,
            String type,
            char kind,
            LocalDate start,
            Figures f) {
        int t = DashboardBuilder.typeIndex(type);
        int k = kind == 'Y' ? 4 : (start.getMonthValue() - 1) / 3;
        @Nullable
        Figures[][] cell = byYear.computeIfAbsent(start.getYear(), y -> new HashMap<>())
                .computeIfAbsent(municipality, m -> new Figures[2][5]);
        cell[t][k] = cell[t][k] == null ? f : cell[t][k].plus(f);
    }

    private List<String> checked(
            InsightScope scope, int year, @Nullable Integer quarter, @Nullable String municipality) {
        InsightOptions options = optionsOf(scope);
        if (municipality != null && !options.municipalities().contains(municipality)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (!options.years().contains(year)) {
            throw InvalidInputException.of("year", "error.insights-year");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw InvalidInputException.of("quarter", "error.insights-quarter");
        }
        return options.municipalities();
    }

    private InsightOptions optionsOf(InsightScope scope) {
        MapSqlParameterSource params = params(scope);
        // Without organisations in the scope, the small per-municipality summary answers (one row per
        // municipality, type and year); otherwise the groups of the scope do.
        String table = scope.organisations().isEmpty() ? "insight_municipality_period" : "insight_group";
        String years = scope.organisations().isEmpty() ? "start_on" : "started_on";
        String kind = scope.organisations().isEmpty() ? " AND kind = 'Y'" : "";
        List<String> municipalities = jdbc.queryForList(
                "SELECT DISTINCT municipality FROM " + table + " WHERE " + where(scope) + kind
                        + " ORDER BY municipality",
                params,
                String.class);
        Integer first = jdbc.queryForObject(
                "SELECT MIN(YEAR(" + years + ")) FROM " + table + " WHERE " + where(scope) + kind,
                params,
                Integer.class);
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> list = new ArrayList<>();
        for (int y = thisYear; first != null && y >= Math.max(first, thisYear - 9); y--) {
            list.add(y);
        }
        return new InsightOptions(list, municipalities);
    }

    private static String where(InsightScope scope) {
        if (scope.country()) {
            return "1 = 1";
        }
        if (scope.isEmpty()) {
            return "1 = 0";
        }
        List<String> or = new ArrayList<>();
        if (!scope.municipalities().isEmpty()) {
            or.add("municipality IN (:municipalities)");
        }
        if (!scope.organisations().isEmpty()) {
            or.add("organisation_id IN (:organisations)");
        }
        return "(" + String.join(" OR ", or) + ")";
    }

    private static MapSqlParameterSource params(InsightScope scope) {
        return new MapSqlParameterSource("municipalities", scope.municipalities())
                .addValue("organisations", scope.organisations());
    }
}
