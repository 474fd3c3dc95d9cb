-- A fresh installation's one-time setup code (FirstSetup): only its SHA-256 hash is kept, so a code
-- printed at one start still works after a restart or on a second instance. It works once: making the
-- first administrator marks every code used.
CREATE TABLE setup_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code_hash   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    CONSTRAINT uq_setup_code_hash UNIQUE (code_hash)
) ENGINE = InnoDB;
