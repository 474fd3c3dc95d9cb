-- Issue 22: the insights summary is brought up to date after a write commits, not inside it. A write
-- that changes a group's figures leaves one row here in its own transaction (so nothing is lost:
-- the row commits or rolls back with the write); insights/service/SummaryOutbox applies the rows in
-- batches after commit, at every start (a crash between commit and refresh) and before a dashboard is
-- read, and deletes them in the transaction that refreshed the summary.
CREATE TABLE insight_outbox (
    id         BIGINT    NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT    NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE = InnoDB;
