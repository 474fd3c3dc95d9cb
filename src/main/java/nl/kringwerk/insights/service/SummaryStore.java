package nl.kringwerk.insights.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kringwerk.insights.domain.Figures;
import nl.kringwerk.insights.domain.GroupLife;
import nl.kringwerk.insights.domain.GroupPeriod;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the summary tables: per group per period ({@code insight_group_period}), per group its life
 * ({@code insight_group}) and, added up per area and per municipality and period, what the dashboard
 * reads ({@code insight_area_period}, {@code insight_municipality_period}). A group's rows are recomputed from the raw tables whenever its data
 * is written ({@link SummaryUpdater}); {@link #rebuildAll()} does every group at once (after a bulk load).
 */
@Component
public class SummaryStore {

    private static final String AREA_SUMS = "SELECT g.municipality, g.organisation_id, g.type, gp.kind, gp.start_on,"
            + " SUM(gp.active), SUM(gp.started), SUM(gp.ended), SUM(gp.sessions > 0), SUM(gp.cycles_completed > 0),"
            + " SUM(gp.saved_cents <> 0 OR gp.lent_cents <> 0), SUM(gp.loans_due > 0), SUM(gp.members_reached),"
            + " SUM(gp.members_left), SUM(gp.started * gp.members_reached), SUM(gp.ended * gp.members_reached),"
            + " SUM(gp.sessions), SUM(gp.present), SUM(gp.possible), SUM(gp.cycles_completed),"
            + " SUM(gp.cycles_continued), SUM(gp.saved_cents), SUM(gp.lent_cents), SUM(gp.loans_due),"
            + " SUM(gp.loans_on_time), SUM(gp.saved_cents <> 0), SUM(gp.lent_cents <> 0),"
            + " SUM((gp.sessions > 0) * gp.members_reached), SUM((gp.cycles_completed > 0) * gp.members_reached),"
            + " SUM(gp.savers), SUM(gp.borrowers), SUM(gp.borrowers_due), SUM(gp.active * gp.group_key),"
            + " SUM(gp.started * gp.group_key), SUM(gp.ended * gp.group_key), SUM(gp.reached_key), SUM(gp.left_key), "
            + String.join(
                    ", ",
                    OutcomeColumns.NAMES.stream().map(c -> "SUM(gp." + c + ")").toList())
            + " FROM insight_group_period gp JOIN insight_group g ON g.group_id = gp.group_id";

    /** The figures of the area and municipality summaries, in the order of {@link Figures}' constructor. */
    static final List<String> FIGURE_COLUMNS = Stream.concat(
                    Stream.of(
                            "groups_active",
                            "groups_started",
                            "groups_ended",
                            "groups_with_sessions",
                            "groups_with_cycles",
                            "groups_with_money",
                            "groups_with_loans_due",
                            "members_reached",
                            "members_left",
                            "members_started",
                            "members_ended",
                            "sessions",
                            "present",
                            "possible",
                            "cycles_completed",
                            "cycles_continued",
                            "saved_cents",
                            "lent_cents",
                            "loans_due",
                            "loans_on_time",
                            "groups_saving",
                            "groups_lending",
                            "members_with_sessions",
                            "members_with_cycles",
                            "savers",
                            "borrowers",
                            "borrowers_due",
                            "key_active",
                            "key_started",
                            "key_ended",
                            "key_reached",
                            "key_left"),
                    OutcomeColumns.NAMES.stream())
            .toList();

    private static final String MUNICIPALITY_SUMS =
            "SELECT municipality, type, kind, start_on, " + sums() + " FROM insight_area_period";

    /** Each figure column added up: {@code SUM(groups_active), ...}. */
    static String sums() {
        return FIGURE_COLUMNS.stream().map(c -> "SUM(" + c + ")").collect(Collectors.joining(", "));
    }

    private static final SecureRandom KEYS = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final RawFigures raw;
    private final Clock clock;

    SummaryStore(NamedParameterJdbcTemplate jdbc, RawFigures raw, Clock clock) {
        this.jdbc = jdbc;
        this.raw = raw;
        this.clock = clock;
    }

    /** Brings these groups' summary rows, and the areas they are in (before and after), up to date. */
    @Transactional
    public void refresh(Collection<Long> groupIds) {
        refreshNow(groupIds);
    }

    /** As {@link #refresh}, in the transaction that is completing (called by {@link SummaryUpdater}). */
    void refreshNow(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", groupIds);
        ensureRecordKeys(groupIds);
        Set<List<Object>> areas = new HashSet<>(areasOf(ids));
        List<GroupLife> lives = raw.lives(RawFigures.Selection.of(groupIds), today);
        List<GroupPeriod> periods = raw.periods(RawFigures.Selection.of(groupIds), today);
        jdbc.update("DELETE FROM insight_group_period WHERE group_id IN (:ids)", ids);
        jdbc.update("DELETE FROM insight_group WHERE group_id IN (:ids)", ids);
        insertLives(lives);
        insertPeriods(periods);
        areas.addAll(areasOf(ids));
        for (List<Object> area : areas) {
            MapSqlParameterSource a = new MapSqlParameterSource("m", area.get(0))
                    .addValue("o", area.get(1))
                    .addValue("t", area.get(2));
            jdbc.update(
                    "DELETE FROM insight_area_period WHERE municipality = :m AND organisation_id = :o AND type = :t",
                    a);
            jdbc.update(
                    "INSERT INTO insight_area_period " + AREA_SUMS
                            + " WHERE g.municipality = :m AND g.organisation_id = :o AND g.type = :t"
                            + " GROUP BY g.municipality, g.organisation_id, g.type, gp.kind, gp.start_on",
                    a);
        }
        for (List<Object> place :
                areas.stream().map(a -> List.of(a.get(0), a.get(2))).distinct().toList()) {
            MapSqlParameterSource a = new MapSqlParameterSource("m", place.get(0)).addValue("t", place.get(1));
            jdbc.update("DELETE FROM insight_municipality_period WHERE municipality = :m AND type = :t", a);
            jdbc.update(
                    "INSERT INTO insight_municipality_period " + MUNICIPALITY_SUMS
                            + " WHERE municipality = :m AND type = :t GROUP BY municipality, type, kind, start_on",
                    a);
        }
    }

    /** Recomputes every group's summary from the raw tables. */
    @Transactional
    public void rebuildAll() {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource none = new MapSqlParameterSource();
        // Not while the outbox is applied (SummaryOutbox holds the same lock).
        jdbc.queryForList("SELECT version FROM insight_summary_version WHERE id = 1 FOR UPDATE", none, Integer.class);
        jdbc.update("DELETE FROM insight_municipality_period", none);
        jdbc.update("DELETE FROM insight_area_period", none);
        jdbc.update("DELETE FROM insight_group_period", none);
        jdbc.update("DELETE FROM insight_group", none);
        List<Long> all = jdbc.queryForList("SELECT id FROM kring ORDER BY id", none, Long.class);
        for (int from = 0; from < all.size(); from += 2000) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 2000));
            ensureRecordKeys(batch);
            insertLives(raw.lives(RawFigures.Selection.of(batch), today));
            insertPeriods(raw.periods(RawFigures.Selection.of(batch), today));
        }
        jdbc.update(
                "INSERT INTO insight_area_period " + AREA_SUMS
                        + " GROUP BY g.municipality, g.organisation_id, g.type, gp.kind, gp.start_on",
                none);
        jdbc.update(
                "INSERT INTO insight_municipality_period " + MUNICIPALITY_SUMS
                        + " GROUP BY municipality, type, kind, start_on",
                none);
    }

    /** The summary rows of these groups, as stored (for the consistency test). */
    public List<GroupPeriod> storedPeriods(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT group_id, kind, start_on, active, started, ended, members_reached, members_left,"
                        + " sessions, present, possible, cycles_completed, cycles_continued, saved_cents, lent_cents,"
                        + " loans_due, loans_on_time, group_key, reached_key, left_key, savers, borrowers, borrowers_due, "
                        + String.join(", ", OutcomeColumns.NAMES)
                        + " FROM insight_group_period WHERE group_id IN (:ids)"
                        + " ORDER BY group_id, kind, start_on",
                new MapSqlParameterSource("ids", groupIds),
                (rs, i) -> new GroupPeriod(
                        rs.getLong(1),
                        rs.getString(2).charAt(0),
                        rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        rs.getLong(14),
                        rs.getLong(15),
                        rs.getInt(16),
                        rs.getInt(17),
                        rs.getLong(18),
                        rs.getLong(19),
                        rs.getLong(20),
                        rs.getInt(21),
                        rs.getInt(22),
                        rs.getInt(23),
                        OutcomeColumns.read(rs, 24)));
    }

    /**
     * Gives every group of these and every one of their members a record key if it has none yet: a
     * random number in [0, 2^32), drawn once and kept for good (a rebuild keeps it), so the same
     * groups and people always get the same noise. INSERT IGNORE: a key drawn at the same time by
     * another transaction wins.
     */
    private void ensureRecordKeys(Collection<Long> groupIds) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", groupIds);
        List<SqlParameterSource> batch = new ArrayList<>();
        for (String[] unit : new String[][] {
            {
                "G",
                "SELECT g.id FROM kring g LEFT JOIN insight_record_key k ON k.unit = 'G' AND k.unit_id = g.id"
                        + " WHERE g.id IN (:ids) AND k.unit_id IS NULL"
            },
            {
                "M",
                "SELECT m.id FROM member m LEFT JOIN insight_record_key k ON k.unit = 'M' AND k.unit_id = m.id"
                        + " WHERE m.group_id IN (:ids) AND k.unit_id IS NULL"
            }
        }) {
            for (long id : jdbc.queryForList(unit[1], ids, Long.class)) {
                batch.add(new MapSqlParameterSource("u", unit[0])
                        .addValue("i", id)
                        .addValue("k", Integer.toUnsignedLong(KEYS.nextInt())));
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT IGNORE INTO insight_record_key (unit, unit_id, record_key) VALUES (:u, :i, :k)",
                    batch.toArray(SqlParameterSource[]::new));
        }
    }

    public List<GroupLife> storedLives(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT group_id, organisation_id, municipality, type, started_on, ended_on, members_ever,"
                        + " record_key FROM insight_group WHERE group_id IN (:ids) ORDER BY group_id",
                new MapSqlParameterSource("ids", groupIds),
                (rs, i) -> new GroupLife(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getInt(7),
                        rs.getLong(8)));
    }

    private List<List<Object>> areasOf(MapSqlParameterSource ids) {
        return jdbc.query(
                "SELECT DISTINCT municipality, organisation_id, type FROM insight_group WHERE group_id IN (:ids)",
                ids,
                (rs, i) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getString(3)));
    }

    private void insertLives(List<GroupLife> lives) {
        jdbc.batchUpdate(
                "INSERT INTO insight_group (group_id, organisation_id, municipality, type, started_on,"
                        + " ended_on, members_ever, record_key) VALUES (:g, :o, :m, :t, :s, :e, :n, :k)",
                lives.stream()
                        .map(l -> (SqlParameterSource) new MapSqlParameterSource("g", l.groupId())
                                .addValue("o", l.organisationId())
                                .addValue("m", l.municipality())
                                .addValue("t", l.type())
                                .addValue("s", l.startedOn())
                                .addValue("e", l.endedOn())
                                .addValue("n", l.membersEver())
                                .addValue("k", l.recordKey()))
                        .toArray(SqlParameterSource[]::new));
    }

    private void insertPeriods(List<GroupPeriod> periods) {
        List<SqlParameterSource> batch = new ArrayList<>();
        for (GroupPeriod p : periods) {
            batch.add(new MapSqlParameterSource("g", p.groupId())
                    .addValue("k", String.valueOf(p.kind()))
                    .addValue("s", p.start())
                    .addValue("a", p.active())
                    .addValue("st", p.started())
                    .addValue("en", p.ended())
                    .addValue("mr", p.membersReached())
                    .addValue("ml", p.membersLeft())
                    .addValue("se", p.sessions())
                    .addValue("pr", p.present())
                    .addValue("po", p.possible())
                    .addValue("cc", p.cyclesCompleted())
                    .addValue("cn", p.cyclesContinued())
                    .addValue("sv", p.savedCents())
                    .addValue("le", p.lentCents())
                    .addValue("ld", p.loansDue())
                    .addValue("lo", p.loansOnTime())
                    .addValue("gk", p.groupKey())
                    .addValue("rk", p.reachedKey())
                    .addValue("lk", p.leftKey())
                    .addValue("sa", p.savers())
                    .addValue("bo", p.borrowers())
                    .addValue("bd", p.borrowersDue())
                    .addValues(OutcomeColumns.parameters(p.outcomes())));
        }
        jdbc.batchUpdate(
                "INSERT INTO insight_group_period (group_id, kind, start_on, active, started, ended,"
                        + " members_reached, members_left, sessions, present, possible, cycles_completed, cycles_continued,"
                        + " saved_cents, lent_cents, loans_due, loans_on_time, group_key, reached_key, left_key, savers,"
                        + " borrowers, borrowers_due, " + String.join(", ", OutcomeColumns.NAMES)
                        + ") VALUES (:g, :k, :s, :a, :st, :en, :mr, :ml, :se, :pr, :po, :cc,"
                        + " :cn, :sv, :le, :ld, :lo, :gk, :rk, :lk, :sa, :bo, :bd, "
                        + String.join(
                                ", ",
                                OutcomeColumns.NAMES.stream().map(c -> ":" + c).toList()) + ")",
                batch.toArray(SqlParameterSource[]::new));
    }
}
