-- The session calendar: a single session can be moved or cancelled (always with a reason), and
-- extra sessions can be added. The original date of a moved session is kept.
ALTER TABLE savings_session
    ADD COLUMN moved_from    DATE         NULL,
    ADD COLUMN change_reason VARCHAR(200) NULL,
    ADD COLUMN extra         BOOLEAN      NOT NULL DEFAULT FALSE,
    DROP CONSTRAINT ck_session_status;
ALTER TABLE savings_session
    ADD CONSTRAINT ck_session_status CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED', 'CANCELLED')),
    ADD CONSTRAINT ck_session_change CHECK ((moved_from IS NULL AND status <> 'CANCELLED') OR change_reason IS NOT NULL);

ALTER TABLE listening_session
    ADD COLUMN moved_from    DATE         NULL,
    ADD COLUMN change_reason VARCHAR(200) NULL,
    ADD COLUMN extra         BOOLEAN      NOT NULL DEFAULT FALSE,
    DROP CONSTRAINT ck_listening_session_status;
ALTER TABLE listening_session
    ADD CONSTRAINT ck_listening_session_status CHECK (status IN ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')),
    ADD CONSTRAINT ck_listening_session_change CHECK ((moved_from IS NULL AND status <> 'CANCELLED') OR change_reason IS NOT NULL);
