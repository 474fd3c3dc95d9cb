-- Funder insights. Funders see aggregates only; these tables hold no name and no amount of a person.

-- What a funder account covers: municipalities (a gemeente) or the groups of organisations (a fund).
CREATE TABLE funder_scope (
    user_id         BIGINT      NOT NULL,
    municipality    VARCHAR(80) NULL,
    organisation_id BIGINT      NULL,
    CONSTRAINT fk_funder_scope_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_funder_scope_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_funder_scope_one CHECK ((municipality IS NULL) <> (organisation_id IS NULL))
) ENGINE = InnoDB;
CREATE INDEX ix_funder_scope_user ON funder_scope (user_id);

-- The calendar of reporting periods: every quarter and every year from 2015 to 2040.
CREATE TABLE insight_period (
    kind     CHAR(1) NOT NULL,
    start_on DATE    NOT NULL,
    end_on   DATE    NOT NULL,
    PRIMARY KEY (kind, start_on),
    CONSTRAINT ck_insight_period_kind CHECK (kind IN ('Q', 'Y'))
) ENGINE = InnoDB;
INSERT INTO insight_period (kind, start_on, end_on)
WITH RECURSIVE q (start_on) AS (
    SELECT DATE '2015-01-01' UNION ALL SELECT start_on + INTERVAL 3 MONTH FROM q WHERE start_on < DATE '2040-10-01')
SELECT 'Q', start_on, start_on + INTERVAL 3 MONTH - INTERVAL 1 DAY FROM q;
INSERT INTO insight_period (kind, start_on, end_on)
SELECT 'Y', start_on, start_on + INTERVAL 1 YEAR - INTERVAL 1 DAY FROM insight_period WHERE kind = 'Q' AND MONTH(start_on) = 1;
CREATE INDEX ix_insight_period_dates ON insight_period (start_on, end_on);

-- One row per group: its place in the scope and its life, for the survival curve.
CREATE TABLE insight_group (
    group_id        BIGINT      NOT NULL PRIMARY KEY,
    organisation_id BIGINT      NOT NULL,
    municipality    VARCHAR(80) NOT NULL,
    type            VARCHAR(20) NOT NULL,
    started_on      DATE        NOT NULL,
    ended_on        DATE        NULL,
    members_ever    INT         NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_insight_group_area ON insight_group (municipality, organisation_id, type);

-- Per group per period (quarter and year), kept up to date whenever the group's data is written.
CREATE TABLE insight_group_period (
    group_id         BIGINT  NOT NULL,
    kind             CHAR(1) NOT NULL,
    start_on         DATE    NOT NULL,
    active           TINYINT NOT NULL,
    started          TINYINT NOT NULL,
    ended            TINYINT NOT NULL,
    members_reached  INT     NOT NULL,
    members_left     INT     NOT NULL,
    sessions         INT     NOT NULL,
    present          INT     NOT NULL,
    possible         INT     NOT NULL,
    cycles_completed INT     NOT NULL,
    cycles_continued INT     NOT NULL,
    saved_cents      BIGINT  NOT NULL,
    lent_cents       BIGINT  NOT NULL,
    loans_due        INT     NOT NULL,
    loans_on_time    INT     NOT NULL,
    PRIMARY KEY (group_id, kind, start_on)
) ENGINE = InnoDB;

-- The same, added up per area (municipality, organisation, group type) and period: what the
-- dashboard reads. The group counts say on how many groups each figure rests.
CREATE TABLE insight_area_period (
    municipality          VARCHAR(80) NOT NULL,
    organisation_id       BIGINT      NOT NULL,
    type                  VARCHAR(20) NOT NULL,
    kind                  CHAR(1)     NOT NULL,
    start_on              DATE        NOT NULL,
    groups_active         INT         NOT NULL,
    groups_started        INT         NOT NULL,
    groups_ended          INT         NOT NULL,
    groups_with_sessions  INT         NOT NULL,
    groups_with_cycles    INT         NOT NULL,
    groups_with_money     INT         NOT NULL,
    groups_with_loans_due INT         NOT NULL,
    members_reached       INT         NOT NULL,
    members_left          INT         NOT NULL,
    members_started       INT         NOT NULL,
    members_ended         INT         NOT NULL,
    sessions              INT         NOT NULL,
    present               INT         NOT NULL,
    possible              INT         NOT NULL,
    cycles_completed      INT         NOT NULL,
    cycles_continued      INT         NOT NULL,
    saved_cents           BIGINT      NOT NULL,
    lent_cents            BIGINT      NOT NULL,
    loans_due             INT         NOT NULL,
    loans_on_time         INT         NOT NULL,
    PRIMARY KEY (kind, start_on, municipality, organisation_id, type)
) ENGINE = InnoDB;
