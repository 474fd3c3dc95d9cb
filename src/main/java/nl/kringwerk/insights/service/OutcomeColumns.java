package nl.kringwerk.insights.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.insights.domain.Outcomes;

/** The summary columns of the secret rounds' counts (V071, V091), in the order of {@link Outcomes}. */
final class OutcomeColumns {

    static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(
                "outcome_start_low",
                "outcome_start_mid",
                "outcome_start_high",
                "outcome_start_people",
                "outcome_start_groups",
                "outcome_end_low",
                "outcome_end_mid",
                "outcome_end_high",
                "outcome_end_people",
                "outcome_end_groups",
                "closing_lighter",
                "closing_same",
                "closing_heavier",
                "closing_people",
                "closing_groups"));
        // Per statement (V091), in the order of Outcomes#statement.
        for (int q = 0; q < Outcomes.STATEMENTS; q++) {
            for (String phase : new String[] {"start", "end"}) {
                for (String band : new String[] {"low", "mid", "high"}) {
                    names.add("outcome_q" + q + "_" + phase + "_" + band);
                }
            }
        }
        return List.copyOf(names);
    }

    private OutcomeColumns() {}

    static Outcomes read(ResultSet rs, int first) throws SQLException {
        long[] v = new long[Outcomes.SIZE];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(first + i);
        }
        return Outcomes.of(v, 0);
    }

    static Map<String, Object> parameters(Outcomes outcomes) {
        Map<String, Object> values = new LinkedHashMap<>();
        long[] v = outcomes.values();
        for (int i = 0; i < v.length; i++) {
            values.put(NAMES.get(i), v[i]);
        }
        return values;
    }
}
