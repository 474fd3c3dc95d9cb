package nl.kringwerk.insights.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the summary tables once when the way they are computed has changed since they were built:
 * the database keeps the version it was built with ({@code insight_summary_version}); at start, after
 * the migrations and before the web server takes a request, a lower version than {@link #CURRENT}
 * means {@link SummaryStore#rebuildAll()}, and the new version is written in the same transaction (a
 * failed rebuild changes nothing and is tried again at the next start). A second instance starting
 * at the same time waits on the row lock and then finds the work done. So a database migrated past
 * V011 gets its record keys without anyone having to remember a step.
 */
@Component
class SummaryVersion implements SmartInitializingSingleton {

    /**
     * The way the summary is computed now; raise it with every change to what a summary row holds
     * or how it is counted. 1: record keys and populations (V011, issue 18). 2: the secret rounds'
     * outcome answers and closing taps (V071, issue 21). 3: the outcome answers per
     * statement (V091).
     */
    static final int CURRENT = 3;

    private static final Logger log = LoggerFactory.getLogger(SummaryVersion.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SummaryStore store;
    private final TransactionTemplate transaction;

    SummaryVersion(NamedParameterJdbcTemplate jdbc, SummaryStore store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        upgrade();
    }

    /** Rebuilds the summary if it was built with an older version; whether it did. */
    boolean upgrade() {
        Boolean rebuilt = transaction.execute(status -> {
            MapSqlParameterSource none = new MapSqlParameterSource();
            Integer built = jdbc.queryForObject(
                    "SELECT version FROM insight_summary_version WHERE id = 1 FOR UPDATE", none, Integer.class);
            if (built != null && built >= CURRENT) {
                return false;
            }
            long start = System.nanoTime();
            store.rebuildAll();
            jdbc.update(
                    "UPDATE insight_summary_version SET version = :v WHERE id = 1",
                    new MapSqlParameterSource("v", CURRENT));
            log.info(
                    "Insights: summary tables rebuilt once from the raw tables (version {} -> {}) in {} ms",
                    built,
                    CURRENT,
                    (System.nanoTime() - start) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(rebuilt);
    }

    /** The version the summary in the database was built with. */
    int built() {
        Integer built = jdbc.queryForObject(
                "SELECT version FROM insight_summary_version WHERE id = 1", new MapSqlParameterSource(), Integer.class);
        return built == null ? 0 : built;
    }
}
