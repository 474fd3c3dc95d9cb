package nl.kringwerk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One administrative act: who, when, what, on whom. Never changed (the table refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, length = 60)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "target_account_id")
    private @Nullable Long targetAccountId;

    @Column(name = "target_name", length = 120)
    private @Nullable String targetName;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(length = 200)
    private @Nullable String detail;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            @Nullable Long actorId,
            String actorName,
            AuditAction action,
            @Nullable Long targetAccountId,
            @Nullable String targetName,
            @Nullable Long organisationId,
            @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.targetAccountId = targetAccountId;
        this.targetName = targetName;
        this.organisationId = organisationId;
        this.detail = detail;
    }

    AuditRow row() {
        return new AuditRow(occurredAt, actorName, action, targetName, organisationId, detail);
    }
}
