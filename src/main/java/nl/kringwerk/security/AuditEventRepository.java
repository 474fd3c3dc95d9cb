package nl.kringwerk.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    @Query("""
            select e from AuditEvent e
            where (:organisationId is null or e.organisationId = :organisationId)
              and (:accountId is null or e.targetAccountId = :accountId or e.actorId = :accountId)
              and e.occurredAt >= :from and e.occurredAt < :until
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> find(
            @Nullable Long organisationId, @Nullable Long accountId, Instant from, Instant until, Limit limit);
}
