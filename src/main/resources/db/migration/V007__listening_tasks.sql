-- The two tasks of a listening-group session that rotate: the host (ontvangst) and the time keeper.
ALTER TABLE listening_session
    ADD COLUMN host_member_id        BIGINT NULL,
    ADD COLUMN time_keeper_member_id BIGINT NULL,
    ADD CONSTRAINT fk_listening_host FOREIGN KEY (host_member_id) REFERENCES member (id),
    ADD CONSTRAINT fk_listening_time_keeper FOREIGN KEY (time_keeper_member_id) REFERENCES member (id),
    ADD CONSTRAINT ck_listening_tasks CHECK (host_member_id IS NULL OR time_keeper_member_id IS NULL
        OR host_member_id <> time_keeper_member_id);
