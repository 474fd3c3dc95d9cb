-- Issue 19: a session held on paper (the wifi failed) is entered afterwards by one officer and
-- confirmed by a second person, then booked through the same door as a live session.

-- Where an entry comes from: LIVE (counted at the table with the app) or PAPER (entered afterwards
-- from the paper forms). For a PAPER entry booked_by is who entered the forms and confirmed_by who
-- confirmed them; the journal stays append-only (its triggers are unchanged).
ALTER TABLE journal_entry
    ADD COLUMN source       VARCHAR(10) NOT NULL DEFAULT 'LIVE',
    ADD COLUMN confirmed_by VARCHAR(60) NULL,
    ADD CONSTRAINT ck_journal_source CHECK (source IN ('LIVE', 'PAPER')),
    ADD CONSTRAINT ck_journal_paper_confirmed CHECK ((source = 'PAPER') = (confirmed_by IS NOT NULL));

-- The paper forms of one session as entered, waiting for a second person to confirm them. One per
-- session: entering again replaces it. Nothing here is money: it is booked only at the confirmation.
CREATE TABLE paper_session_draft (
    session_id  BIGINT       NOT NULL PRIMARY KEY,
    group_id    BIGINT       NOT NULL,
    sheet       TEXT         NOT NULL,
    entered_by  VARCHAR(60)  NOT NULL,
    entered_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_paper_draft_session FOREIGN KEY (session_id) REFERENCES savings_session (id),
    CONSTRAINT fk_paper_draft_group FOREIGN KEY (group_id) REFERENCES kring (id)
) ENGINE = InnoDB;
