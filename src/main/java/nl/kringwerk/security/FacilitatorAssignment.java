package nl.kringwerk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A facilitator supports a group: this grants her access to it. */
@Entity
@Table(name = "facilitator_assignment")
@IdClass(FacilitatorAssignment.Key.class)
class FacilitatorAssignment {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    protected FacilitatorAssignment() {}

    FacilitatorAssignment(long groupId, long userId, Instant assignedAt, String assignedBy) {
        this.groupId = groupId;
        this.userId = userId;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getUserId() {
        return userId;
    }

    static class Key implements Serializable {
        private @Nullable Long groupId;
        private @Nullable Long userId;

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && Objects.equals(groupId, k.groupId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, userId);
        }
    }
}
