-- Kringwerk run without SQL: organisations can be deactivated, accounts get a start code instead of
-- a password someone else chose, and every administrative act is written to an append-only log.

-- A deactivated organisation keeps its groups (readable to the admin); its accounts cannot log in.
ALTER TABLE organisation ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

-- version: raised by every administrative change (role, disabled, new start code, new password).
ALTER TABLE user_account
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at TIMESTAMP(6) NULL;

-- A one-time start code: only its SHA-256 hash is kept; it works once and until it expires.
-- A new code for the same account replaces the old one (revoked_at).
CREATE TABLE start_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    revoked_at  TIMESTAMP(6) NULL,
    CONSTRAINT uq_start_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_start_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB;
CREATE INDEX ix_start_code_user ON start_code (user_id);

-- Who did what, when, to whom. Never a password or a code. Rows are only ever added.
CREATE TABLE audit_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at       TIMESTAMP(6) NOT NULL,
    actor_id          BIGINT       NULL,
    actor_name        VARCHAR(60)  NOT NULL,
    action            VARCHAR(40)  NOT NULL,
    target_account_id BIGINT       NULL,
    target_name       VARCHAR(120) NULL,
    organisation_id   BIGINT       NULL,
    detail            VARCHAR(200) NULL
) ENGINE = InnoDB;
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_organisation ON audit_event (organisation_id, occurred_at);
CREATE INDEX ix_audit_event_target ON audit_event (target_account_id, occurred_at);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
