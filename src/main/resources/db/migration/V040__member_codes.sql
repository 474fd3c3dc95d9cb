-- A member's personal code (her passbook card): it opens her own passbook without an account.
-- Only the SHA-256 of the code is kept, and of the code with her optional PIN. One live code per
-- member: making a new one revokes the old one at once (unique index on the live column).
CREATE TABLE member_code (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    code_hash      VARCHAR(64)  NOT NULL,
    pin_hash       VARCHAR(64)  NULL,
    wrong_pins     INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(60)  NOT NULL,
    revoked_at     TIMESTAMP(6) NULL,
    live_member_id BIGINT AS (IF(revoked_at IS NULL, member_id, NULL)) PERSISTENT,
    CONSTRAINT uq_member_code_hash UNIQUE (code_hash),
    CONSTRAINT uq_member_code_live UNIQUE (live_member_id),
    CONSTRAINT fk_member_code_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_member_code_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;
CREATE INDEX ix_member_code_group ON member_code (group_id);

-- Every opening of a passbook with a code, for the group's officers ("geopend op ..."). No address,
-- no device: only when. Funders never read this table.
CREATE TABLE member_code_opening (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id  BIGINT       NOT NULL,
    member_id BIGINT       NOT NULL,
    code_id   BIGINT       NOT NULL,
    opened_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_member_code_opening_code FOREIGN KEY (code_id) REFERENCES member_code (id)
) ENGINE = InnoDB;
CREATE INDEX ix_member_code_opening_member ON member_code_opening (group_id, member_id, opened_at);

-- What she chose for her passbook: the language it opens in, and whether messages may carry amounts
-- (discreet by default). Set at the table by an officer with her.
CREATE TABLE passbook_setting (
    member_id           BIGINT       NOT NULL PRIMARY KEY,
    group_id            BIGINT       NOT NULL,
    language            VARCHAR(8)   NOT NULL,
    amounts_in_messages BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_at          TIMESTAMP(6) NOT NULL,
    changed_by          VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_passbook_setting_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB;
