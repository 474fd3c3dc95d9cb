package nl.kringwerk.savings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kringwerk.sessions.domain.SessionRole;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A task handed to someone else during an open session: kept, so the rotation stays checkable. */
@Entity
@Immutable
@Table(name = "role_change")
public class RoleChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionRole role;

    @Column(name = "from_member_id")
    private @Nullable Long fromMember;

    @Column(name = "to_member_id", nullable = false)
    private Long toMember;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected RoleChange() {}

    /** @param fromMember who had the task; null when nobody had it */
    public RoleChange(
            long sessionId, SessionRole role, @Nullable Long fromMember, long toMember, Instant at, String by) {
        this.sessionId = sessionId;
        this.role = role;
        this.fromMember = fromMember;
        this.toMember = toMember;
        this.changedAt = at;
        this.changedBy = by;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public SessionRole getRole() {
        return role;
    }

    public @Nullable Long getFromMember() {
        return fromMember;
    }

    public Long getToMember() {
        return toMember;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
