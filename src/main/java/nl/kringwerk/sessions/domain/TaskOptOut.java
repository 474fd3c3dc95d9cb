package nl.kringwerk.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** She asked not to take a task: the rotation skips her. Removed when she is willing again. */
@Entity
@Table(name = "task_opt_out")
public class TaskOptOut {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected TaskOptOut() {}

    public TaskOptOut(long memberId, long groupId, Instant since, String recordedBy) {
        this.memberId = memberId;
        this.groupId = groupId;
        this.since = since;
        this.recordedBy = recordedBy;
    }

    public Long getMemberId() {
        return memberId;
    }
}
