package nl.kringwerk.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as the Beheer screen shows it. */
public record AuditRow(
        Instant occurredAt,
        String actor,
        AuditAction action,
        @Nullable String target,
        @Nullable Long organisationId,
        @Nullable String detail) {}
