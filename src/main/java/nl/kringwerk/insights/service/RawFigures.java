package nl.kringwerk.insights.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.insights.domain.GroupLife;
import nl.kringwerk.insights.domain.GroupPeriod;
import nl.kringwerk.insights.domain.Outcomes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of groups per period computed straight from the raw tables (groups, members,
 * sessions, attendance, journal, cycles, loans). The summary is built with it one group at a time,
 * as data is written; the benchmark and the consistency test run it over many groups to compare.
 * Plain SQL on purpose: the insights never load another feature's entities.
 */
@Component
public class RawFigures {

    /** Which groups: some by id; or those of some municipalities and/or organisations; or all (both null). */
    public record Selection(
            @Nullable Collection<Long> groupIds,
            @Nullable Collection<String> municipalities,
            @Nullable Collection<Long> organisations) {

        public static Selection of(Collection<Long> groupIds) {
            return new Selection(groupIds, null, null);
        }

        public static Selection inArea(Collection<String> municipalities, Collection<Long> organisations) {
            return new Selection(null, municipalities, organisations);
        }

        public static Selection all() {
            return new Selection(null, null, null);
        }

        String where(String column) {
            if (groupIds != null) {
                return column + " IN (:ids)";
            }
            List<String> or = new ArrayList<>();
            if (municipalities != null && !municipalities.isEmpty()) {
                or.add("k.municipality IN (:municipalities)");
            }
            if (organisations != null && !organisations.isEmpty()) {
                or.add("k.organisation_id IN (:organisations)");
            }
            if (municipalities == null && organisations == null) {
                return "1 = 1";
            }
            return or.isEmpty()
                    ? "1 = 0"
                    : column + " IN (SELECT k.id FROM kring k WHERE " + String.join(" OR ", or) + ")";
        }

        MapSqlParameterSource parameters(LocalDate today) {
            return new MapSqlParameterSource("today", today)
                    .addValue("ids", groupIds)
                    .addValue("municipalities", municipalities)
                    .addValue("organisations", organisations);
        }

        boolean isEmpty() {
            return groupIds != null && groupIds.isEmpty();
        }
    }

    private static final String PERIODS_OF_GROUP =
            " JOIN insight_period p ON p.start_on <= COALESCE(g.ended_on, :today) AND p.end_on >= g.started_on";

    /** A member belonged to the group at some time in the period. */
    private static final String REACHED = "m.joined_on <= p.end_on AND (m.left_on IS NULL OR m.left_on >= p.start_on)";

    /** A member left the group in the period. */
    private static final String LEFT = "m.left_on IS NOT NULL AND m.left_on BETWEEN p.start_on AND p.end_on";

    /** A round's answer in three bands: on a 5-point scale the two lowest, the middle, the two highest. */
    private static final String BAND =
            "(CASE WHEN r.scale = 3 THEN c.answer WHEN c.answer <= 1 THEN 0 WHEN c.answer = 2 THEN 1 ELSE 2 END)";

    /** The sums of {@link Outcomes}, in its order. */
    private static final String OUTCOME_SUMS = outcomeSums();

    private static String outcomeSums() {
        List<String> sums = new ArrayList<>();
        for (String phase : new String[] {"START", "END"}) {
            String of = "r.purpose = 'OUTCOME' AND r.phase = '" + phase + "'";
            for (int band = 0; band < 3; band++) {
                sums.add("SUM(CASE WHEN " + of + " AND " + BAND + " = " + band + " THEN c.answers ELSE 0 END)");
            }
            sums.add("MAX(CASE WHEN " + of + " THEN r.taps ELSE 0 END)");
            sums.add("MAX(CASE WHEN " + of + " AND r.taps > 0 THEN 1 ELSE 0 END)");
        }
        for (int answer = 0; answer < 3; answer++) {
            sums.add("SUM(CASE WHEN r.purpose = 'CLOSING' AND c.answer = " + answer + " THEN c.answers ELSE 0 END)");
        }
        sums.add("MAX(CASE WHEN r.purpose = 'CLOSING' THEN r.taps ELSE 0 END)");
        sums.add("MAX(CASE WHEN r.purpose = 'CLOSING' AND r.taps > 0 THEN 1 ELSE 0 END)");
        for (int q = 0; q < Outcomes.STATEMENTS; q++) {
            for (String phase : new String[] {"START", "END"}) {
                String of = "r.purpose = 'OUTCOME' AND r.phase = '" + phase + "' AND c.question = " + q;
                for (int band = 0; band < 3; band++) {
                    sums.add("SUM(CASE WHEN " + of + " AND " + BAND + " = " + band + " THEN c.answers ELSE 0 END)");
                }
            }
        }
        return " " + String.join(", ", sums);
    }

    private final NamedParameterJdbcTemplate jdbc;

    RawFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupLife> lives(Selection selection, LocalDate today) {
        if (selection.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT g.id, g.organisation_id, g.municipality, g.type, g.started_on, g.ended_on,"
                        + " (SELECT COUNT(*) FROM member m WHERE m.group_id = g.id) members, COALESCE(k.record_key, 0)"
                        + " FROM kring g LEFT JOIN insight_record_key k ON k.unit = 'G' AND k.unit_id = g.id"
                        + " WHERE " + selection.where("g.id"),
                selection.parameters(today),
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

    /** Every period (quarter and year) each selected group lived in, up to today, with its figures. */
    public List<GroupPeriod> periods(Selection selection, LocalDate today) {
        if (selection.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = selection.parameters(today);
        Map<Key, GroupPeriod> rows = new LinkedHashMap<>();
        jdbc.query(
                "SELECT g.id, p.kind, p.start_on, g.started_on BETWEEN p.start_on AND p.end_on,"
                        + " g.ended_on IS NOT NULL AND g.ended_on BETWEEN p.start_on AND p.end_on,"
                        + " COALESCE(k.record_key, 0) FROM kring g" + PERIODS_OF_GROUP
                        + " LEFT JOIN insight_record_key k ON k.unit = 'G' AND k.unit_id = g.id WHERE "
                        + selection.where("g.id"),
                params,
                (RowCallbackHandler) rs -> {
                    GroupPeriod row = GroupPeriod.of(
                                    rs.getLong(1),
                                    rs.getString(2).charAt(0),
                                    rs.getObject(3, LocalDate.class),
                                    rs.getBoolean(4),
                                    rs.getBoolean(5))
                            .withGroupKey(rs.getLong(6));
                    rows.put(key(row.groupId(), row.kind(), row.start()), row);
                });
        jdbc.query(
                "SELECT g.id, p.kind, p.start_on,"
                        + " SUM(" + REACHED + "), SUM(" + LEFT + "),"
                        + " SUM((" + REACHED + ") * COALESCE(k.record_key, 0)), SUM((" + LEFT
                        + ") * COALESCE(k.record_key, 0))"
                        + " FROM kring g" + PERIODS_OF_GROUP + " JOIN member m ON m.group_id = g.id"
                        + " LEFT JOIN insight_record_key k ON k.unit = 'M' AND k.unit_id = m.id"
                        + " WHERE " + selection.where("g.id") + " GROUP BY g.id, p.kind, p.start_on",
                params,
                (RowCallbackHandler) rs ->
                        update(rows, rs, r -> r.withMembers(rs.getInt(4), rs.getInt(5), rs.getLong(6), rs.getLong(7))));
        // Held sessions of both kinds of group, with their attendance marks.
        for (String[] kind : new String[][] {
            {"savings_session", "attendance", "CLOSED"}, {"listening_session", "listening_attendance", "DONE"}
        }) {
            jdbc.query(
                    "SELECT s.group_id, p.kind, p.start_on, COUNT(DISTINCT s.id),"
                            + " COALESCE(SUM(a.status = 'PRESENT'), 0), COUNT(a.member_id)"
                            + " FROM " + kind[0]
                            + " s JOIN insight_period p ON s.planned_on BETWEEN p.start_on AND p.end_on"
                            + " LEFT JOIN " + kind[1] + " a ON a.session_id = s.id"
                            + " WHERE s.status = '" + kind[2] + "' AND s.planned_on <= :today AND "
                            + selection.where("s.group_id")
                            + " GROUP BY s.group_id, p.kind, p.start_on",
                    params,
                    (RowCallbackHandler)
                            rs -> update(rows, rs, r -> r.withSessions(rs.getInt(4), rs.getInt(5), rs.getInt(6))));
        }
        jdbc.query(
                "SELECT c.group_id, p.kind, p.start_on, COUNT(*),"
                        + " SUM(EXISTS (SELECT 1 FROM savings_cycle n WHERE n.continues_cycle_id = c.id))"
                        + " FROM savings_cycle c JOIN insight_period p ON c.closed_on BETWEEN p.start_on AND p.end_on"
                        + " WHERE c.closed_on IS NOT NULL AND " + selection.where("c.group_id")
                        + " GROUP BY c.group_id, p.kind, p.start_on",
                params,
                (RowCallbackHandler) rs -> update(rows, rs, r -> r.withCycles(rs.getInt(4), rs.getInt(5))));
        // Money in a session's period; a reversal counts as the kind it reverses, so it cancels it.
        jdbc.query(
                "SELECT j.group_id, p.kind, p.start_on,"
                        + " SUM(CASE WHEN COALESCE(o.kind, j.kind) = 'DEPOSIT' THEN j.amount_cents ELSE 0 END),"
                        + " -SUM(CASE WHEN COALESCE(o.kind, j.kind) = 'LOAN_OUT' THEN j.amount_cents ELSE 0 END),"
                        + " COUNT(DISTINCT CASE WHEN j.kind = 'DEPOSIT' THEN j.member_id END),"
                        + " COUNT(DISTINCT CASE WHEN j.kind = 'LOAN_OUT' THEN j.member_id END)"
                        + " FROM journal_entry j JOIN savings_session s ON s.id = j.session_id"
                        + " JOIN insight_period p ON s.planned_on BETWEEN p.start_on AND p.end_on"
                        + " LEFT JOIN journal_entry o ON o.id = j.reverses_entry_id"
                        + " WHERE j.kind IN ('DEPOSIT', 'LOAN_OUT', 'REVERSAL') AND s.planned_on <= :today AND "
                        + selection.where("j.group_id") + " GROUP BY j.group_id, p.kind, p.start_on",
                params,
                (RowCallbackHandler) rs ->
                        update(rows, rs, r -> r.withMoney(rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getInt(7))));
        // A loan is due at its decision's session date plus its weeks; on time when what was repaid by
        // then covers principal and interest.
        jdbc.query(
                "SELECT l.group_id, p.kind, p.start_on, COUNT(*), SUM(l.paid >= l.owed), COUNT(DISTINCT l.member_id)"
                        + " FROM (SELECT l.id, l.group_id, l.member_id, l.principal_cents + l.interest_cents owed,"
                        + "  ds.planned_on + INTERVAL l.weeks WEEK due_on,"
                        + "  COALESCE((SELECT SUM(j.amount_cents) FROM journal_entry j"
                        + "   JOIN savings_session s ON s.id = j.session_id LEFT JOIN journal_entry o ON o.id = j.reverses_entry_id"
                        + "   WHERE j.loan_id = l.id AND COALESCE(o.kind, j.kind) = 'LOAN_REPAYMENT'"
                        + "   AND s.planned_on <= ds.planned_on + INTERVAL l.weeks WEEK), 0) paid"
                        + " FROM loan l JOIN savings_session ds ON ds.id = l.decided_session_id"
                        + " WHERE l.status = 'APPROVED' AND " + selection.where("l.group_id")
                        + " AND EXISTS (SELECT 1 FROM journal_entry x WHERE x.loan_id = l.id AND x.kind = 'LOAN_OUT')"
                        + ") l JOIN insight_period p ON l.due_on BETWEEN p.start_on AND p.end_on"
                        + " WHERE l.due_on <= :today GROUP BY l.group_id, p.kind, p.start_on",
                params,
                (RowCallbackHandler)
                        rs -> update(rows, rs, r -> r.withLoans(rs.getInt(4), rs.getInt(5), rs.getInt(6))));
        // The secret rounds that ended (issue 21): outcome answers in three bands at the start and the
        // end of a cycle, and closing taps; per group the most who tapped in one round, as the people
        // the figures rest on. Counts only: the rounds kept nothing else.
        jdbc.query(
                "SELECT r.group_id, p.kind, p.start_on,"
                        + OUTCOME_SUMS
                        + " FROM secret_round r JOIN secret_round_count c ON c.round_id = r.id"
                        // The day the round ended: a round is held when the group is there, whatever
                        // day its session was planned on.
                        + " JOIN insight_period p ON DATE(r.ended_at) BETWEEN p.start_on AND p.end_on"
                        + " WHERE r.status = 'ENDED' AND r.purpose IN ('OUTCOME', 'CLOSING') AND "
                        + selection.where("r.group_id") + " GROUP BY r.group_id, p.kind, p.start_on",
                params,
                (RowCallbackHandler) rs -> {
                    long[] v = new long[Outcomes.SIZE];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(4 + i);
                    }
                    update(rows, rs, r -> r.withOutcomes(Outcomes.of(v, 0)));
                });
        return new ArrayList<>(rows.values());
    }

    private interface Change {
        GroupPeriod apply(GroupPeriod row) throws SQLException;
    }

    /** Adds figures to the group's period; figures outside the group's life (e.g. after it ended) are left out. */
    private static void update(Map<Key, GroupPeriod> rows, ResultSet rs, Change change) throws SQLException {
        Key key = key(rs.getLong(1), rs.getString(2).charAt(0), rs.getObject(3, LocalDate.class));
        GroupPeriod row = rows.get(key);
        if (row != null) {
            rows.put(key, change.apply(row));
        }
    }

    private record Key(long groupId, char kind, LocalDate start) {}

    private static Key key(long groupId, char kind, LocalDate start) {
        return new Key(groupId, kind, start);
    }
}
