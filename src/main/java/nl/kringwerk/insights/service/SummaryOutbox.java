package nl.kringwerk.insights.service;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The insights summary's outbox (issue 22). A write that changes a group's figures leaves a row in
 * {@code insight_outbox} in its own transaction ({@link SummaryUpdater}); after it commits, one
 * background thread applies every pending row in one batch: the groups' summary rows are recomputed
 * from the raw tables and the rows deleted, in one transaction. Nothing is lost: a row left by a
 * crash between commit and refresh is applied at the next start or tick, and a dashboard applies
 * what is pending before it reads, so it always reads a summary exactly consistent with the raw
 * tables. One applier at a time (also across instances): it holds the summary version row's lock.
 */
@Component
public class SummaryOutbox {

    private static final Logger log = LoggerFactory.getLogger(SummaryOutbox.class);
    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SummaryStore store;
    private final TransactionTemplate transaction;
    private final ScheduledExecutorService applier;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running = true;

    SummaryOutbox(
            NamedParameterJdbcTemplate jdbc,
            SummaryStore store,
            PlatformTransactionManager transactions,
            @Value("${kringwerk.insights.outbox-tick:30s}") Duration tick) {
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // READ COMMITTED: the refresh reads what was committed up to each statement (never an older
        // snapshot than the rows it deletes), and its locks take no gaps, so writers adding outbox
        // rows never wait for it.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.applier = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "insights-outbox");
            thread.setDaemon(true);
            return thread;
        });
        applier.scheduleWithFixedDelay(this::applyQuietly, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Called in the writing transaction: these groups' summary is to be brought up to date after commit. */
    void record(Collection<Long> groupIds) {
        jdbc.batchUpdate(
                "INSERT INTO insight_outbox (group_id) VALUES (:g)",
                groupIds.stream()
                        .map(g -> (SqlParameterSource) new MapSqlParameterSource("g", g))
                        .toArray(SqlParameterSource[]::new));
    }

    /** After a write committed: the background thread applies the outbox soon (once for many writes). */
    void wake() {
        if (running && queued.compareAndSet(false, true)) {
            applier.execute(() -> {
                queued.set(false);
                applyQuietly();
            });
        }
    }

    /** At every start: what a crash left between a commit and its refresh is applied now. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int applied = applyPending();
        if (applied > 0) {
            log.info("Insights: {} summary updates left from before the start applied", applied);
        }
    }

    /**
     * Applies every pending row now, on the calling thread, in transactions of its own; the number of
     * rows applied. The summary then agrees with every write committed before this call.
     */
    public int applyPending() {
        int total = 0;
        while (true) {
            Integer applied = transaction.execute(tx -> applyBatch());
            if (applied == null || applied == 0) {
                return total;
            }
            total += applied;
        }
    }

    /** Whether writes are waiting to reach the summary. */
    public boolean pending() {
        Integer n =
                jdbc.queryForObject("SELECT COUNT(*) FROM insight_outbox", new MapSqlParameterSource(), Integer.class);
        return n != null && n > 0;
    }

    private int applyBatch() {
        MapSqlParameterSource none = new MapSqlParameterSource();
        if (jdbc.queryForList("SELECT id FROM insight_outbox LIMIT 1", none, Long.class)
                .isEmpty()) {
            return 0;
        }
        // One applier at a time: two refreshes of groups in one area must not add up each other's old rows.
        jdbc.queryForList("SELECT version FROM insight_summary_version WHERE id = 1 FOR UPDATE", none, Integer.class);
        List<long[]> rows = jdbc.query(
                "SELECT id, group_id FROM insight_outbox ORDER BY id LIMIT " + BATCH + " FOR UPDATE", none, (rs, i) ->
                        new long[] {rs.getLong(1), rs.getLong(2)});
        if (rows.isEmpty()) {
            return 0;
        }
        store.refreshNow(rows.stream().map(r -> r[1]).distinct().toList());
        jdbc.update(
                "DELETE FROM insight_outbox WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", rows.stream().map(r -> r[0]).toList()));
        return rows.size();
    }

    private void applyQuietly() {
        if (!running) {
            return;
        }
        try {
            applyPending();
        } catch (RuntimeException e) {
            // The rows stay; the next write, tick or start applies them.
            log.warn("Insights: the summary outbox could not be applied now ({}); it is tried again", e.toString());
        }
    }

    /** For tests of a crash between commit and refresh: the background stops applying (start applies again). */
    public void pause(boolean paused) {
        running = !paused;
        if (paused) {
            try {
                applier.submit(() -> {}).get(); // whatever the background was applying is done
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        applier.shutdownNow();
    }
}
