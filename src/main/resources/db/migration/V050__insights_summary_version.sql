-- Funder insights: which way of computing the summary tables they were built with. The application
-- compares this number with its own at every start (insights/service/SummaryVersion) and, when it is
-- lower, rebuilds the summary from the raw tables once, before it serves anyone, and raises it in the
-- same transaction. Version 1: the record keys and populations of V011 (issue 18), which a database
-- migrated past V011 only gets from a rebuild.
CREATE TABLE insight_summary_version (
    id      TINYINT NOT NULL PRIMARY KEY,
    version INT     NOT NULL,
    CONSTRAINT ck_insight_summary_version_one_row CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO insight_summary_version (id, version) VALUES (1, 0);
