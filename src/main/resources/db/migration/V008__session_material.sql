-- Session material: a piece belongs to an organisation (NULL: the starter library every
-- installation has). Its content lives in versions; editing adds a version, never changes one.
CREATE TABLE material (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id        BIGINT       NULL,
    starter_key            VARCHAR(40)  NULL,
    shared                 BOOLEAN      NOT NULL,
    current_version        INT          NOT NULL,
    copied_from_version_id BIGINT       NULL,
    created_at             TIMESTAMP(6) NOT NULL,
    created_by             VARCHAR(60)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_material_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_material_starter_key UNIQUE (starter_key),
    CONSTRAINT ck_material_starter CHECK (organisation_id IS NOT NULL OR (starter_key IS NOT NULL AND shared))
) ENGINE = InnoDB;
CREATE INDEX ix_material_organisation ON material (organisation_id);

CREATE TABLE material_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    material_id BIGINT        NOT NULL,
    number      INT           NOT NULL,
    for_type    VARCHAR(20)   NOT NULL,
    minutes     INT           NOT NULL,
    tags        VARCHAR(400)  NOT NULL,
    title_nl    VARCHAR(120)  NOT NULL,
    title_en    VARCHAR(120)  NULL,
    goal_nl     VARCHAR(400)  NOT NULL,
    goal_en     VARCHAR(400)  NULL,
    bring_nl    VARCHAR(400)  NULL,
    bring_en    VARCHAR(400)  NULL,
    note_nl     VARCHAR(1000) NULL,
    note_en     VARCHAR(1000) NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT fk_material_version_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT uq_material_version UNIQUE (material_id, number),
    CONSTRAINT ck_material_version_type CHECK (for_type IN ('SAVINGS_CIRCLE', 'LISTENING_GROUP', 'BOTH')),
    CONSTRAINT ck_material_version_minutes CHECK (minutes BETWEEN 1 AND 600)
) ENGINE = InnoDB;

CREATE TABLE material_step (
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    minutes    INT          NOT NULL,
    text_nl    VARCHAR(600) NOT NULL,
    text_en    VARCHAR(600) NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_material_step_version FOREIGN KEY (version_id) REFERENCES material_version (id),
    CONSTRAINT ck_material_step_minutes CHECK (minutes BETWEEN 1 AND 180)
) ENGINE = InnoDB;

CREATE TABLE material_question (
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    text_nl    VARCHAR(300) NOT NULL,
    text_en    VARCHAR(300) NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_material_question_version FOREIGN KEY (version_id) REFERENCES material_version (id)
) ENGINE = InnoDB;

-- A piece prepared for one session of a group: the version it used, this session's own copy of
-- the steps (adjusted for this session only) and afterwards one reflection. Never a member.
CREATE TABLE material_use (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    material_id     BIGINT       NOT NULL,
    version_id      BIGINT       NOT NULL,
    group_id        BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    session_kind    VARCHAR(20)  NOT NULL,
    session_id      BIGINT       NOT NULL,
    session_date    DATE         NOT NULL,
    prepared_at     TIMESTAMP(6) NOT NULL,
    prepared_by     VARCHAR(60)  NOT NULL,
    reflection      VARCHAR(20)  NULL,
    reflected_at    TIMESTAMP(6) NULL,
    reflected_by    VARCHAR(60)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_material_use_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_material_use_version FOREIGN KEY (version_id) REFERENCES material_version (id),
    CONSTRAINT fk_material_use_group FOREIGN KEY (group_id) REFERENCES kring (id),
    CONSTRAINT uq_material_use_session UNIQUE (session_kind, session_id),
    CONSTRAINT ck_material_use_kind CHECK (session_kind IN ('SAVINGS', 'LISTENING')),
    CONSTRAINT ck_material_use_reflection CHECK (reflection IS NULL OR reflection IN ('WORKED_WELL', 'SO_SO', 'DID_NOT_WORK'))
) ENGINE = InnoDB;
CREATE INDEX ix_material_use_group ON material_use (group_id, session_date);
CREATE INDEX ix_material_use_material ON material_use (material_id, organisation_id);

CREATE TABLE material_use_step (
    use_id   BIGINT       NOT NULL,
    position INT          NOT NULL,
    minutes  INT          NOT NULL,
    text     VARCHAR(600) NOT NULL,
    PRIMARY KEY (use_id, position),
    CONSTRAINT fk_material_use_step_use FOREIGN KEY (use_id) REFERENCES material_use (id),
    CONSTRAINT ck_material_use_step_minutes CHECK (minutes BETWEEN 1 AND 180)
) ENGINE = InnoDB;

-- A listening session's plan takes the theme's steps: their name is the piece's title, the
-- description what to do.
ALTER TABLE listening_step DROP CONSTRAINT ck_listening_step_title;
ALTER TABLE listening_step MODIFY title VARCHAR(120) NULL;
ALTER TABLE listening_step ADD COLUMN detail VARCHAR(600) NULL;
ALTER TABLE listening_step ADD CONSTRAINT ck_listening_step_title
    CHECK ((kind IN ('EXTRA', 'THEME') AND title IS NOT NULL) OR (kind NOT IN ('EXTRA', 'THEME') AND title IS NULL));
