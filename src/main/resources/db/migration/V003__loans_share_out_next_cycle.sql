-- Loans decided by the group, the end-of-cycle share-out, and cycles that continue a previous one.

-- Cycle rules for loans and the share-out; interest_allowed becomes a default rate (0 = no interest).
ALTER TABLE savings_cycle
    ADD COLUMN default_interest_bp INT         NOT NULL DEFAULT 0,
    ADD COLUMN multiple_loans      BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN interest_share      VARCHAR(20) NOT NULL DEFAULT 'BY_SAVINGS',
    ADD COLUMN continues_cycle_id  BIGINT      NULL,
    ADD COLUMN sharing_out_since   TIMESTAMP(6) NULL,
    -- The social fund this cycle handed to the next one when it closed.
    ADD COLUMN carried_over_cents  BIGINT      NULL,
    ADD CONSTRAINT fk_cycle_continues FOREIGN KEY (continues_cycle_id) REFERENCES savings_cycle (id),
    ADD CONSTRAINT uq_cycle_continued_once UNIQUE (continues_cycle_id),
    ADD CONSTRAINT ck_cycle_interest CHECK (default_interest_bp BETWEEN 0 AND 10000),
    ADD CONSTRAINT ck_cycle_interest_share CHECK (interest_share IN ('BY_SAVINGS', 'BY_SAVINGS_AND_TIME'));
ALTER TABLE savings_cycle DROP COLUMN interest_allowed;

-- A loan request and the group's decision. What was paid out and paid back lives in the journal
-- (loan_id), never here: the loan's balance is always derived from counted money.
CREATE TABLE loan (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id             BIGINT       NOT NULL,
    cycle_id             BIGINT       NOT NULL,
    member_id            BIGINT       NOT NULL,
    principal_cents      BIGINT       NOT NULL,
    weeks                INT          NOT NULL,
    purpose              VARCHAR(200) NULL,
    status               VARCHAR(10)  NOT NULL,
    requested_at         TIMESTAMP(6) NOT NULL,
    requested_by         VARCHAR(60)  NOT NULL,
    decided_session_id   BIGINT       NULL,
    decided_at           TIMESTAMP(6) NULL,
    decided_by           VARCHAR(60)  NULL,
    votes_for            INT          NULL,
    votes_against        INT          NULL,
    votes_abstain        INT          NULL,
    interest_bp          INT          NULL,
    interest_cents       BIGINT       NULL,
    instalments          INT          NULL,
    request_key          VARCHAR(40)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_loan_request_key UNIQUE (request_key),
    CONSTRAINT fk_loan_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_loan_cycle FOREIGN KEY (cycle_id) REFERENCES savings_cycle (id),
    CONSTRAINT fk_loan_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_loan_session FOREIGN KEY (decided_session_id) REFERENCES savings_session (id),
    CONSTRAINT ck_loan_status CHECK (status IN ('REQUESTED', 'APPROVED', 'DECLINED')),
    CONSTRAINT ck_loan_amount CHECK (principal_cents > 0 AND weeks BETWEEN 1 AND 52),
    CONSTRAINT ck_loan_votes CHECK (status = 'REQUESTED' OR (votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0)),
    CONSTRAINT ck_loan_terms CHECK (status <> 'APPROVED' OR (interest_bp >= 0 AND interest_cents >= 0 AND instalments >= 1))
) ENGINE = InnoDB;
CREATE INDEX ix_loan_cycle ON loan (cycle_id, member_id);

-- Journal: which loan an entry belongs to, and the interest part of a repayment.
ALTER TABLE journal_entry
    MODIFY COLUMN idempotency_key VARCHAR(40) NOT NULL,
    ADD COLUMN loan_id BIGINT NULL,
    ADD COLUMN interest_cents BIGINT NULL,
    ADD CONSTRAINT fk_journal_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    DROP CONSTRAINT ck_journal_kind,
    DROP CONSTRAINT ck_journal_reason;
ALTER TABLE journal_entry
    ADD CONSTRAINT ck_journal_kind CHECK (kind IN ('DEPOSIT', 'NO_SAVING', 'SOCIAL_FUND', 'CASH_DIFFERENCE', 'REVERSAL',
        'LOAN_OUT', 'LOAN_REPAYMENT', 'LOAN_SETTLED', 'PAYOUT', 'SOCIAL_FUND_OUT', 'SOCIAL_FUND_IN')),
    ADD CONSTRAINT ck_journal_reason CHECK (kind NOT IN ('REVERSAL', 'CASH_DIFFERENCE', 'SOCIAL_FUND_OUT') OR reason IS NOT NULL),
    ADD CONSTRAINT ck_journal_loan CHECK (kind NOT IN ('LOAN_OUT', 'LOAN_REPAYMENT', 'LOAN_SETTLED') OR loan_id IS NOT NULL),
    ADD CONSTRAINT ck_journal_interest CHECK (interest_cents IS NULL OR kind IN ('LOAN_REPAYMENT', 'LOAN_SETTLED', 'REVERSAL'));
CREATE INDEX ix_journal_loan ON journal_entry (loan_id, id);

-- The share-out as the group fixed it before the payouts: the lines are what each member gets.
CREATE TABLE share_out (
    cycle_id             BIGINT       PRIMARY KEY,
    session_id           BIGINT       NOT NULL,
    interest_share       VARCHAR(20)  NOT NULL,
    counted_box_cents    BIGINT       NOT NULL,
    social_fund_cents    BIGINT       NOT NULL,
    social_fund_decision VARCHAR(12)  NOT NULL,
    social_fund_note     VARCHAR(200) NULL,
    surplus_cents        BIGINT       NOT NULL,
    fixed_at             TIMESTAMP(6) NOT NULL,
    fixed_by             VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_share_out_cycle FOREIGN KEY (cycle_id) REFERENCES savings_cycle (id),
    CONSTRAINT fk_share_out_session FOREIGN KEY (session_id) REFERENCES savings_session (id),
    CONSTRAINT ck_share_out_fund CHECK (social_fund_decision IN ('CARRY_OVER', 'SPENT', 'NONE'))
) ENGINE = InnoDB;

CREATE TABLE share_out_line (
    cycle_id             BIGINT NOT NULL,
    member_id            BIGINT NOT NULL,
    savings_cents        BIGINT NOT NULL,
    share_cents          BIGINT NOT NULL,
    loan_settled_cents   BIGINT NOT NULL,
    payout_cents         BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, member_id),
    CONSTRAINT fk_share_line_share FOREIGN KEY (cycle_id) REFERENCES share_out (cycle_id),
    CONSTRAINT fk_share_line_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_share_line_sum CHECK (payout_cents = savings_cents + share_cents - loan_settled_cents)
) ENGINE = InnoDB;
