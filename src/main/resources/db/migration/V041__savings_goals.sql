-- A member's savings goal (spaardoel) for one cycle, optional: a short name, an optional amount and a
-- pictogram from a small set. Shown on her passbook, and on the group screen at her turn only when she
-- chose so (show_on_screen).
CREATE TABLE savings_goal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT       NOT NULL,
    cycle_id       BIGINT       NOT NULL,
    member_id      BIGINT       NOT NULL,
    name           VARCHAR(40)  NOT NULL,
    amount_cents   BIGINT       NULL,
    pictogram      VARCHAR(20)  NOT NULL,
    show_on_screen BOOLEAN      NOT NULL DEFAULT FALSE,
    set_at         TIMESTAMP(6) NOT NULL,
    set_by         VARCHAR(60)  NOT NULL,
    CONSTRAINT uq_savings_goal UNIQUE (cycle_id, member_id),
    CONSTRAINT ck_savings_goal_amount CHECK (amount_cents IS NULL OR amount_cents > 0),
    CONSTRAINT fk_savings_goal_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_savings_goal_cycle FOREIGN KEY (cycle_id) REFERENCES savings_cycle (id)
) ENGINE = InnoDB;
CREATE INDEX ix_savings_goal_group ON savings_goal (group_id, cycle_id);
