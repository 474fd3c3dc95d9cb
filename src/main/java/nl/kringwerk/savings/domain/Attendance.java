package nl.kringwerk.savings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One line of the presentielijst. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected Attendance() {}

    public Attendance(long sessionId, long memberId, AttendanceStatus status, Instant at, String by) {
        this.sessionId = sessionId;
        this.memberId = memberId;
        mark(status, at, by);
    }

    /** Marking her anything but present takes away her signature. */
    public void mark(AttendanceStatus status, Instant at, String by) {
        this.status = status;
        if (status != AttendanceStatus.PRESENT) {
            this.signedAt = null;
        }
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public void sign(Instant at) {
        if (status != AttendanceStatus.PRESENT) {
            throw new IllegalStateException("Only a present member signs");
        }
        this.signedAt = at;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public static class Key implements Serializable {
        private @Nullable Long sessionId;
        private @Nullable Long memberId;

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, memberId);
        }
    }
}
