-- Insights (issue 21): what the secret rounds add, as counts per group and period and added up per
-- area and municipality like every other figure. The outcome answers at the first (start) and the
-- last (end) session of a cycle in three bands (low, middle, high: on a 5-point scale the two
-- lowest, the middle, the two highest), and a listening group's closing taps (lighter, the same,
-- heavier). *_people: per group the most who tapped in one such round (never more people than were
-- there), added up over groups; *_groups: the groups with such answers. The dashboard protects them
-- as every figure (insights/domain/DashboardBuilder, Protection). No member and no answer of one
-- person is in these tables: only the totals of ended rounds reach them.
ALTER TABLE insight_group_period
    ADD COLUMN outcome_start_low      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_mid      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_high     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_people   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_groups   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_low        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_mid        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_high       INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_people     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_groups     INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_lighter        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_same           INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_heavier        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_people         INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_groups         INT NOT NULL DEFAULT 0;
ALTER TABLE insight_area_period
    ADD COLUMN outcome_start_low      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_mid      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_high     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_people   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_groups   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_low        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_mid        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_high       INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_people     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_groups     INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_lighter        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_same           INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_heavier        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_people         INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_groups         INT NOT NULL DEFAULT 0;
ALTER TABLE insight_municipality_period
    ADD COLUMN outcome_start_low      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_mid      INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_high     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_people   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_start_groups   INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_low        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_mid        INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_high       INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_people     INT NOT NULL DEFAULT 0,
    ADD COLUMN outcome_end_groups     INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_lighter        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_same           INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_heavier        INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_people         INT NOT NULL DEFAULT 0,
    ADD COLUMN closing_groups         INT NOT NULL DEFAULT 0;
-- The summary is rebuilt by the application (SummaryVersion 2) after this migration.
