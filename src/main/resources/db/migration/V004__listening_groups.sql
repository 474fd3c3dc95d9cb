-- Listening groups (luistergroepen): the group's agreements, its sessions, the steps of each session
-- and who was there. By design there is no column for anything that is told in the circle: what is
-- said there stays there. A session keeps only attendance, which steps were run, and the
-- facilitator's one-tap reflection.

CREATE TABLE agreement (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP(6) NOT NULL,
    changed_by  VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_agreement_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT ck_agreement_text CHECK (CHAR_LENGTH(TRIM(text)) > 0)
) ENGINE = InnoDB;
CREATE INDEX ix_agreement_group ON agreement (group_id, position);

CREATE TABLE listening_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT       NOT NULL,
    planned_on   DATE         NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    current_step INT          NULL,
    started_at   TIMESTAMP(6) NULL,
    finished_at  TIMESTAMP(6) NULL,
    led_by       VARCHAR(60)  NULL,
    reflection   VARCHAR(10)  NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_listening_session_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT uq_listening_session_day UNIQUE (group_id, planned_on),
    CONSTRAINT ck_listening_session_status CHECK (status IN ('PLANNED', 'RUNNING', 'DONE')),
    CONSTRAINT ck_listening_session_reflection CHECK (reflection IS NULL OR reflection IN ('GOOD', 'MIXED', 'DIFFICULT'))
) ENGINE = InnoDB;

-- A step of the session plan. Only an extra step has a title of its own (its name, e.g. "Pauze").
CREATE TABLE listening_step (
    session_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    title      VARCHAR(60) NULL,
    minutes    INT         NOT NULL,
    skipped    BOOLEAN     NOT NULL DEFAULT FALSE,
    done       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_listening_step_session FOREIGN KEY (session_id) REFERENCES listening_session (id),
    CONSTRAINT ck_listening_step_minutes CHECK (minutes BETWEEN 1 AND 180),
    CONSTRAINT ck_listening_step_title CHECK ((kind = 'EXTRA') = (title IS NOT NULL))
) ENGINE = InnoDB;

CREATE TABLE listening_attendance (
    session_id  BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_listening_attendance_session FOREIGN KEY (session_id) REFERENCES listening_session (id),
    CONSTRAINT fk_listening_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_listening_attendance_status CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED'))
) ENGINE = InnoDB;
