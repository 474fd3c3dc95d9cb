-- A savings cycle (spaarcyclus) with the rules the group agreed at its start.
CREATE TABLE savings_cycle (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id            BIGINT       NOT NULL,
    number              INT          NOT NULL,
    started_on          DATE         NOT NULL,
    planned_end_on      DATE         NOT NULL,
    frequency           VARCHAR(20)  NOT NULL,
    social_fund_cents   BIGINT       NULL,
    max_deposit_cents   BIGINT       NOT NULL,
    interest_allowed    BOOLEAN      NOT NULL,
    loan_cap_multiple   INT          NOT NULL,
    max_loan_weeks      INT          NOT NULL,
    closed_on           DATE         NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    created_by          VARCHAR(60)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    -- Only one open cycle per group: closed cycles have NULL here, and NULLs never clash.
    open_group_id       BIGINT AS (CASE WHEN closed_on IS NULL THEN group_id END) PERSISTENT,
    CONSTRAINT fk_cycle_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT uq_cycle_number UNIQUE (group_id, number),
    CONSTRAINT uq_cycle_one_open UNIQUE (open_group_id),
    CONSTRAINT ck_cycle_dates CHECK (planned_end_on > started_on),
    CONSTRAINT ck_cycle_frequency CHECK (frequency IN ('WEEKLY', 'EVERY_TWO_WEEKS')),
    CONSTRAINT ck_cycle_amounts CHECK (max_deposit_cents > 0 AND (social_fund_cents IS NULL OR social_fund_cents > 0)),
    CONSTRAINT ck_cycle_loans CHECK (loan_cap_multiple BETWEEN 0 AND 10 AND max_loan_weeks BETWEEN 1 AND 52)
) ENGINE = InnoDB;

-- A session (bijeenkomst) of a cycle, with who held which role that evening.
CREATE TABLE savings_session (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id             BIGINT       NOT NULL,
    group_id             BIGINT       NOT NULL,
    planned_on           DATE         NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    chair_member_id      BIGINT       NULL,
    bookkeeper_member_id BIGINT       NULL,
    counter1_member_id   BIGINT       NULL,
    counter2_member_id   BIGINT       NULL,
    opened_at            TIMESTAMP(6) NULL,
    opened_by            VARCHAR(60)  NULL,
    closed_at            TIMESTAMP(6) NULL,
    closed_by            VARCHAR(60)  NULL,
    counted_cash_cents   BIGINT       NULL,
    expected_cash_cents  BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_cycle FOREIGN KEY (cycle_id) REFERENCES savings_cycle (id),
    CONSTRAINT fk_session_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_session_chair FOREIGN KEY (chair_member_id) REFERENCES member (id),
    CONSTRAINT fk_session_bookkeeper FOREIGN KEY (bookkeeper_member_id) REFERENCES member (id),
    CONSTRAINT fk_session_counter1 FOREIGN KEY (counter1_member_id) REFERENCES member (id),
    CONSTRAINT fk_session_counter2 FOREIGN KEY (counter2_member_id) REFERENCES member (id),
    CONSTRAINT ck_session_status CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED')),
    -- The two counters and the bookkeeper are three different people.
    CONSTRAINT ck_session_roles CHECK (bookkeeper_member_id IS NULL OR (
        bookkeeper_member_id <> counter1_member_id AND bookkeeper_member_id <> counter2_member_id
        AND counter1_member_id <> counter2_member_id))
) ENGINE = InnoDB;
CREATE INDEX ix_session_cycle ON savings_session (cycle_id, planned_on);

-- The presentielijst: who was there, and whether she signed.
CREATE TABLE attendance (
    session_id   BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    signed_at    TIMESTAMP(6) NULL,
    recorded_at  TIMESTAMP(6) NOT NULL,
    recorded_by  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES savings_session (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    CONSTRAINT ck_attendance_signed CHECK (signed_at IS NULL OR status = 'PRESENT')
) ENGINE = InnoDB;

-- The journal: every amount the group saw counted. Append-only, enforced below by the database.
-- amount_cents is signed: positive is money into the box.
CREATE TABLE journal_entry (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id               BIGINT       NOT NULL,
    cycle_id               BIGINT       NOT NULL,
    session_id             BIGINT       NULL,
    member_id              BIGINT       NULL,
    kind                   VARCHAR(20)  NOT NULL,
    amount_cents           BIGINT       NOT NULL,
    reverses_entry_id      BIGINT       NULL,
    reason                 VARCHAR(200) NULL,
    counted_by_member_id   BIGINT       NULL,
    recorded_by_member_id  BIGINT       NULL,
    booked_by              VARCHAR(60)  NOT NULL,
    booked_at              TIMESTAMP(6) NOT NULL,
    idempotency_key        VARCHAR(36)  NOT NULL,
    CONSTRAINT uq_journal_idempotency UNIQUE (idempotency_key),
    -- An entry is reversed at most once.
    CONSTRAINT uq_journal_reverses UNIQUE (reverses_entry_id),
    CONSTRAINT fk_journal_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_journal_cycle FOREIGN KEY (cycle_id) REFERENCES savings_cycle (id),
    CONSTRAINT fk_journal_session FOREIGN KEY (session_id) REFERENCES savings_session (id),
    CONSTRAINT fk_journal_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_journal_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_journal_kind CHECK (kind IN ('DEPOSIT', 'NO_SAVING', 'SOCIAL_FUND', 'CASH_DIFFERENCE', 'REVERSAL')),
    CONSTRAINT ck_journal_reversal CHECK ((kind = 'REVERSAL') = (reverses_entry_id IS NOT NULL)),
    CONSTRAINT ck_journal_reason CHECK (kind NOT IN ('REVERSAL', 'CASH_DIFFERENCE') OR reason IS NOT NULL)
) ENGINE = InnoDB;
CREATE INDEX ix_journal_cycle ON journal_entry (cycle_id, id);
CREATE INDEX ix_journal_session ON journal_entry (session_id, id);

CREATE TRIGGER journal_entry_is_append_only_update BEFORE UPDATE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only: book a reversal instead';

CREATE TRIGGER journal_entry_is_append_only_delete BEFORE DELETE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only: book a reversal instead';
