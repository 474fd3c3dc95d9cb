package nl.kringwerk.insights.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the funder's page shows for one choice of period and municipality, after suppression: the
 * figures per group type, the survival of groups, and the quarters of the last years. A hidden
 * figure has no value at all, so it cannot leak through a page, an export or a chart. A period
 * that is not over yet is {@code unfinished}: its figures count up to today.
 */
public record Dashboard(
        int year,
        @Nullable Integer quarter,
        @Nullable String municipality,
        boolean unfinished,
        List<Row> rows,
        List<Survival> survival,
        List<Trend> trend) {

    public enum Format {
        COUNT,
        MONEY,
        PERCENT
    }

    /** The three group-type columns of the table, in this order. */
    public static final List<String> TYPES = List.of("SAVINGS_CIRCLE", "LISTENING_GROUP", "ALL");

    /** A figure shown, or hidden (value null). */
    public record Value(@Nullable Long value) {

        public static final Value HIDDEN = new Value(null);

        public boolean hidden() {
            return value == null;
        }
    }

    /** One figure for savings circles, listening groups and both; an absent column is a figure that does not apply. */
    public record Row(String key, Format format, List<@Nullable Value> values) {}

    /**
     * The share of groups (of a type) still active at the fixed points of
     * {@link Protection#SURVIVAL_MONTHS} (6 months, 1, 2 and 3 years), in percent; no curve with days.
     */
    public record Survival(String type, List<Value> points) {}

    /** One quarter: active groups and sessions held, both types together; unfinished while it runs. */
    public record Trend(String quarter, Value groupsActive, Value sessions, boolean unfinished) {}

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
