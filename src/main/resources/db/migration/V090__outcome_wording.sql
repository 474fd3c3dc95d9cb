-- The outcome statements in an organisation's own words (issue 21). The five statements are five
-- fixed slots (money grip, asking agencies for help, people to turn to, saving outside the circle,
-- feeling more secure) with fixed pictograms and scale: the insights add the answers up per slot,
-- so only the wording of a slot may change, in Dutch and English. No row: the standard wording.
CREATE TABLE outcome_wording (
    organisation_id BIGINT       NOT NULL,
    question        TINYINT      NOT NULL,
    lang            VARCHAR(2)   NOT NULL,
    text            VARCHAR(80)  NOT NULL,
    changed_at      TIMESTAMP(6) NOT NULL,
    changed_by      VARCHAR(60)  NOT NULL,
    PRIMARY KEY (organisation_id, question, lang),
    CONSTRAINT fk_outcome_wording_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_outcome_wording CHECK (question BETWEEN 0 AND 4 AND lang IN ('nl', 'en') AND CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB;

-- The wording an outcome round asked, copied when it opens, so a later change reaches only rounds
-- opened after it. The round at the end of a cycle copies the wording of the cycle's start round, so
-- start and end ask the same words and can be compared. No row: the standard wording.
CREATE TABLE outcome_round_wording (
    round_id BIGINT      NOT NULL,
    question TINYINT     NOT NULL,
    lang     VARCHAR(2)  NOT NULL,
    text     VARCHAR(80) NOT NULL,
    PRIMARY KEY (round_id, question, lang),
    CONSTRAINT fk_outcome_round_wording_round FOREIGN KEY (round_id) REFERENCES secret_round (id),
    CONSTRAINT ck_outcome_round_wording CHECK (question BETWEEN 0 AND 4 AND lang IN ('nl', 'en'))
) ENGINE = InnoDB;
