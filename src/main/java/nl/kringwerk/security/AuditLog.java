package nl.kringwerk.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes administrative acts to the append-only audit log, in the transaction of the act itself (so
 * an act that is rolled back leaves no line). Callers have passed their access gate already; no
 * password or code ever goes in.
 */
@Component
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable SignedInUser actor,
            AuditAction action,
            @Nullable Long targetAccountId,
            @Nullable String targetName,
            @Nullable Long organisationId,
            @Nullable String detail) {
        events.save(new AuditEvent(
                clock.instant(),
                actor == null ? null : actor.userId(),
                actor == null ? "-" : actor.getUsername(),
                action,
                targetAccountId,
                targetName,
                organisationId,
                detail));
    }
}
