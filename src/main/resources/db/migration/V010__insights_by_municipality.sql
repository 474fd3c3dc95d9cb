-- The area figures added up once more, per municipality: what a municipality's or the country's
-- dashboard reads (a few hundred rows per period instead of one per organisation in each place).
CREATE TABLE insight_municipality_period LIKE insight_area_period;
ALTER TABLE insight_municipality_period DROP PRIMARY KEY, DROP COLUMN organisation_id,
    ADD PRIMARY KEY (kind, start_on, municipality, type);
