-- A member may ask not to take a task; the rotation skips her until she says otherwise.
CREATE TABLE task_opt_out (
    member_id  BIGINT       PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    since      TIMESTAMP(6) NOT NULL,
    recorded_by VARCHAR(60) NOT NULL,
    CONSTRAINT fk_task_opt_out_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_task_opt_out_group FOREIGN KEY (group_id) REFERENCES kring (id)
) ENGINE = InnoDB;

-- Tasks swapped by hand during an open session: who had it, who took it over, who changed it, when.
CREATE TABLE role_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT       NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    from_member_id BIGINT       NULL,
    to_member_id   BIGINT       NOT NULL,
    changed_at     TIMESTAMP(6) NOT NULL,
    changed_by     VARCHAR(60)  NOT NULL,
    CONSTRAINT fk_role_change_session FOREIGN KEY (session_id) REFERENCES savings_session (id),
    CONSTRAINT fk_role_change_from FOREIGN KEY (from_member_id) REFERENCES member (id),
    CONSTRAINT fk_role_change_to FOREIGN KEY (to_member_id) REFERENCES member (id)
) ENGINE = InnoDB;
CREATE INDEX ix_role_change_session ON role_change (session_id);

-- A group may keep the tasks of its first session for the whole cycle instead of rotating.
ALTER TABLE savings_cycle ADD COLUMN fixed_roles BOOLEAN NOT NULL DEFAULT FALSE;
