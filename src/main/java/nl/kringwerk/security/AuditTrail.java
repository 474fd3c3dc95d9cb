package nl.kringwerk.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as Beheer reads it (written by {@link AuditLog}): everything for an admin, her own
 * organisation's lines for a coordinator.
 */
@Service
public class AuditTrail {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final AccountGate gate;
    private final AuditEventRepository events;

    AuditTrail(AccountGate gate, AuditEventRepository events) {
        this.gate = gate;
        this.events = events;
    }

    /**
     * The audit log, newest first (at most 500 lines). Filters: organisation, account (as actor or as
     * the one acted on), period.
     */
    @Transactional(readOnly = true)
    public List<AuditRow> audit(
            @Nullable Long organisationId, @Nullable Long accountId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Long organisation = gate.requireAuditReader(organisationId, accountId);
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(AMSTERDAM).toInstant();
        Instant end = to == null
                ? END_OF_TIME
                : to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        return events.find(organisation, accountId, start, end, Limit.of(500)).stream()
                .map(AuditEvent::row)
                .toList();
    }
}
