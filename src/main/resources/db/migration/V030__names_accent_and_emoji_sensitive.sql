-- Names (issue 17): one rule for "the same name", in the app and in the unique indexes.
-- utf8mb4_uca1400_as_ci (the Unicode 14 collation, accent-sensitive, case-insensitive): "Zoe" and
-- "Zoë" are two names, "Anna 🌼" is not "Anna 🌻", "anna" is "Anna". The old utf8mb4_unicode_ci
-- ignored accents and weighed every emoji the same, so the app said "free" where the index said
-- "taken". The app now asks the database (GroupService, OrganisationService): they cannot disagree.
-- Names are stored in NFC with single spaces (Names). A name of 80 characters people see may have
-- more code points (an emoji with a skin tone is two, Arabic vowel marks are their own): room for 255.
-- The new collation tells more names apart than the old one, so the unique indexes rebuild cleanly.
ALTER TABLE member
    DROP INDEX uq_member_active_name,
    MODIFY display_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci NOT NULL,
    MODIFY active_name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci
        AS (CASE WHEN left_on IS NULL THEN display_name END) PERSISTENT,
    ADD CONSTRAINT uq_member_active_name UNIQUE (group_id, active_name);

ALTER TABLE organisation
    DROP INDEX uq_organisation_name,
    MODIFY name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci NOT NULL,
    ADD CONSTRAINT uq_organisation_name UNIQUE (name);
