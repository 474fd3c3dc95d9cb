-- Funder insights, protection against differencing (issue 18): the cell key method.
-- Every group (G) and every member (M) gets a fixed random record key in [0, 2^32), drawn once and
-- never changed (a rebuild of the summary keeps it); a figure's noise follows from the sum of the keys
-- of exactly the units it counts, so the same groups or people always get the same noise.
CREATE TABLE insight_record_key (
    unit       CHAR(1) NOT NULL,
    unit_id    BIGINT  NOT NULL,
    record_key BIGINT  NOT NULL,
    PRIMARY KEY (unit, unit_id),
    CONSTRAINT ck_insight_record_key_unit CHECK (unit IN ('G', 'M'))
) ENGINE = InnoDB;

-- Each group's key next to its life (for the survival figures).
ALTER TABLE insight_group ADD COLUMN record_key BIGINT NOT NULL DEFAULT 0;

-- Per group and period: the keys of the group and of its members reached and left, and the people
-- the money figures rest on (who saved, who borrowed, whose loans were due).
ALTER TABLE insight_group_period
    ADD COLUMN group_key     BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN reached_key   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN left_key      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN savers        INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers     INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers_due INT    NOT NULL DEFAULT 0;

-- Added up per area and per municipality (sums of keys: the cell key is their fraction).
ALTER TABLE insight_area_period
    ADD COLUMN groups_saving         INT    NOT NULL DEFAULT 0,
    ADD COLUMN groups_lending        INT    NOT NULL DEFAULT 0,
    ADD COLUMN members_with_sessions INT    NOT NULL DEFAULT 0,
    ADD COLUMN members_with_cycles   INT    NOT NULL DEFAULT 0,
    ADD COLUMN savers                INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers             INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers_due         INT    NOT NULL DEFAULT 0,
    ADD COLUMN key_active            BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_started           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_ended             BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_reached           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_left              BIGINT NOT NULL DEFAULT 0;
ALTER TABLE insight_municipality_period
    ADD COLUMN groups_saving         INT    NOT NULL DEFAULT 0,
    ADD COLUMN groups_lending        INT    NOT NULL DEFAULT 0,
    ADD COLUMN members_with_sessions INT    NOT NULL DEFAULT 0,
    ADD COLUMN members_with_cycles   INT    NOT NULL DEFAULT 0,
    ADD COLUMN savers                INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers             INT    NOT NULL DEFAULT 0,
    ADD COLUMN borrowers_due         INT    NOT NULL DEFAULT 0,
    ADD COLUMN key_active            BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_started           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_ended             BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_reached           BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_left              BIGINT NOT NULL DEFAULT 0;
-- Existing summaries are rebuilt by the application (SummaryStore.rebuildAll) after this migration.
