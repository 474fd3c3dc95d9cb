-- The language(s) of what a group's members see: its screen, the counting question and the forms
-- they sign (issue 17). One language, or two: the first is shown first. Dutch until the group chooses.
ALTER TABLE kring
    ADD COLUMN screen_language        VARCHAR(20) NOT NULL DEFAULT 'DUTCH',
    ADD COLUMN second_screen_language VARCHAR(20) NULL,
    ADD CONSTRAINT ck_kring_screen_language
        CHECK (screen_language IN ('DUTCH', 'ENGLISH', 'ARABIC', 'TURKISH', 'POLISH', 'UKRAINIAN')),
    ADD CONSTRAINT ck_kring_second_screen_language
        CHECK (second_screen_language IS NULL
               OR (second_screen_language IN ('DUTCH', 'ENGLISH', 'ARABIC', 'TURKISH', 'POLISH', 'UKRAINIAN')
                   AND second_screen_language <> screen_language));
