-- Organisations run groups (a foundation, a Diaconie).
CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_organisation_name UNIQUE (name)
) ENGINE = InnoDB;

-- A group (kring) is never deleted: it ends. Continuity figures depend on start and end dates.
CREATE TABLE kring (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    type             VARCHAR(20)  NOT NULL,
    municipality     VARCHAR(80)  NOT NULL,
    started_on       DATE         NOT NULL,
    ended_on         DATE         NULL,
    meeting_day      VARCHAR(10)  NOT NULL,
    meeting_time     TIME         NOT NULL,
    frequency        VARCHAR(20)  NOT NULL,
    place            VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    created_by       VARCHAR(60)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_kring_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_kring_type CHECK (type IN ('SAVINGS_CIRCLE', 'LISTENING_GROUP')),
    CONSTRAINT ck_kring_frequency CHECK (frequency IN ('WEEKLY', 'EVERY_TWO_WEEKS')),
    CONSTRAINT ck_kring_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
) ENGINE = InnoDB;
CREATE INDEX ix_kring_organisation ON kring (organisation_id);
CREATE INDEX ix_kring_municipality ON kring (municipality);

-- A member keeps her history when she leaves: left_on is set, the row stays.
CREATE TABLE member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id      BIGINT       NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    phone         VARCHAR(30)  NULL,
    email         VARCHAR(120) NULL,
    joined_on     DATE         NOT NULL,
    left_on       DATE         NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    -- Two active members of one group may not share a name; former members may.
    active_name   VARCHAR(80) AS (CASE WHEN left_on IS NULL THEN display_name END) PERSISTENT,
    CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT uq_member_active_name UNIQUE (group_id, active_name),
    CONSTRAINT ck_member_dates CHECK (left_on IS NULL OR left_on >= joined_on)
) ENGINE = InnoDB;

-- Accounts for staff, funders and group officers. Members need no account.
CREATE TABLE user_account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(60)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(80)  NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    organisation_id  BIGINT       NULL,
    -- Officers (chair, bookkeeper) are a member of exactly one group.
    member_id        BIGINT       NULL,
    officer_group_id BIGINT       NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_user_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_user_account_group FOREIGN KEY (officer_group_id) REFERENCES kring (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'COORDINATOR', 'FACILITATOR', 'FUNDER', 'OFFICER')),
    CONSTRAINT ck_user_account_officer CHECK (
        (role = 'OFFICER' AND member_id IS NOT NULL AND officer_group_id IS NOT NULL)
        OR (role <> 'OFFICER' AND member_id IS NULL AND officer_group_id IS NULL)),
    CONSTRAINT ck_user_account_staff CHECK (
        role NOT IN ('COORDINATOR', 'FACILITATOR') OR organisation_id IS NOT NULL)
) ENGINE = InnoDB;

-- Which facilitator supports which group: an access grant, kept with who granted it.
CREATE TABLE facilitator_assignment (
    group_id     BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    assigned_at  TIMESTAMP(6) NOT NULL,
    assigned_by  VARCHAR(60)  NOT NULL,
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_assignment_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT fk_assignment_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB;
CREATE INDEX ix_assignment_user ON facilitator_assignment (user_id);
