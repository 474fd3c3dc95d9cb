-- A secret round on the group's one tablet (issue 21): a loan decided by secret ballot, the outcome
-- questions at the first and last session of a cycle, a listening group's closing tap.
-- What is kept is the round and, once it has ended, its totals. Never who answered what:
--  * secret_round holds no member at all (the loan a ballot is about names its requester, not a voter);
--  * secret_round_count holds totals only, and only from the moment the round ends: while the round
--    runs the answers are added up in the application's memory, so no row, undo log or binary log
--    entry ever pairs a tap with its answer;
--  * secret_round_done holds which present members have tapped (so nobody taps twice), without any
--    answer, and only while the round runs: ending the round deletes its rows.

CREATE TABLE secret_round (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id             BIGINT       NOT NULL,
    savings_session_id   BIGINT       NULL,
    listening_session_id BIGINT       NULL,
    purpose              VARCHAR(12)  NOT NULL,
    phase                VARCHAR(5)   NULL,
    scale                INT          NOT NULL,
    loan_id              BIGINT       NULL,
    interest_bp          INT          NULL,
    repayment_plan       VARCHAR(20)  NULL,
    status               VARCHAR(8)   NOT NULL,
    taps                 INT          NOT NULL DEFAULT 0,
    opened_at            TIMESTAMP(6) NOT NULL,
    opened_by            VARCHAR(60)  NOT NULL,
    ended_at             TIMESTAMP(6) NULL,
    ended_by             VARCHAR(60)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    -- At most one outcome round and one closing round per session (a ballot per loan may be repeated
    -- when nobody voted).
    once_key             VARCHAR(40) AS (CASE WHEN purpose <> 'LOAN_BALLOT'
        THEN CONCAT(purpose, ':', COALESCE(CONCAT('S', savings_session_id), CONCAT('L', listening_session_id))) END) PERSISTENT,
    CONSTRAINT uq_secret_round_once UNIQUE (once_key),
    CONSTRAINT fk_secret_round_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_secret_round_savings FOREIGN KEY (savings_session_id) REFERENCES savings_session (id),
    CONSTRAINT fk_secret_round_listening FOREIGN KEY (listening_session_id) REFERENCES listening_session (id),
    CONSTRAINT fk_secret_round_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT ck_secret_round_session CHECK ((savings_session_id IS NULL) <> (listening_session_id IS NULL)),
    CONSTRAINT ck_secret_round_purpose CHECK (
        (purpose = 'LOAN_BALLOT' AND loan_id IS NOT NULL AND savings_session_id IS NOT NULL AND phase IS NULL)
        OR (purpose = 'OUTCOME' AND loan_id IS NULL AND savings_session_id IS NOT NULL AND phase IN ('START', 'END'))
        OR (purpose = 'CLOSING' AND loan_id IS NULL AND listening_session_id IS NOT NULL AND phase IS NULL)),
    CONSTRAINT ck_secret_round_scale CHECK (scale IN (3, 5)),
    CONSTRAINT ck_secret_round_status CHECK (status IN ('OPEN', 'ENDED', 'SKIPPED', 'LOST')),
    CONSTRAINT ck_secret_round_taps CHECK (taps >= 0)
) ENGINE = InnoDB;
CREATE INDEX ix_secret_round_savings ON secret_round (savings_session_id);
CREATE INDEX ix_secret_round_listening ON secret_round (listening_session_id);

-- The totals of an ended round: per question, how many gave each answer (0 = the first pictogram).
CREATE TABLE secret_round_count (
    round_id BIGINT  NOT NULL,
    question TINYINT NOT NULL,
    answer   TINYINT NOT NULL,
    answers  INT     NOT NULL,
    PRIMARY KEY (round_id, question, answer),
    CONSTRAINT fk_secret_round_count_round FOREIGN KEY (round_id) REFERENCES secret_round (id),
    CONSTRAINT ck_secret_round_count CHECK (question BETWEEN 0 AND 4 AND answer BETWEEN 0 AND 4 AND answers >= 0)
) ENGINE = InnoDB;

-- Who has tapped in a running round; no answer here. Emptied when the round ends.
CREATE TABLE secret_round_done (
    round_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, member_id),
    CONSTRAINT fk_secret_round_done_round FOREIGN KEY (round_id) REFERENCES secret_round (id),
    CONSTRAINT fk_secret_round_done_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;
