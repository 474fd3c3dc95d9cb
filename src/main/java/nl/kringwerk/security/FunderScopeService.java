package nl.kringwerk.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin sets what a funder account sees on the insights page: municipalities, or the groups of
 * organisations ({@code funder_scope}, read by {@link InsightAccess}). Every change is audited.
 */
@Service
public class FunderScopeService {

    private final AccountGate gate;
    private final GroupDirectory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    FunderScopeService(AccountGate gate, GroupDirectory directory, AuditLog audit, JdbcTemplate jdbc) {
        this.gate = gate;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<FunderScopeRow> funderScopes(long accountId) {
        gate.requireFunder(accountId);
        return scopesOf(accountId);
    }

    /** Adds a municipality or the groups of an organisation to what the funder sees (exactly one of the two). */
    @Transactional
    public void addFunderScope(long accountId, @Nullable String municipality, @Nullable Long organisationId) {
        AccountGate.Managed managed = gate.requireFunder(accountId);
        String place = municipality == null ? null : municipality.strip();
        if (place != null && place.isEmpty()) {
            place = null;
        }
        if ((place == null) == (organisationId == null)) {
            throw InvalidInputException.of("scope", "error.scope-choose-one");
        }
        if (place != null && place.length() > 80) {
            throw InvalidInputException.of("municipality", "error.too-long", 80);
        }
        Map<Long, String> names = directory.organisationNames();
        if (organisationId != null && !names.containsKey(organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (scopesOf(accountId).stream()
                .anyMatch(s -> Objects.equals(s.municipality(), municipality)
                        && Objects.equals(s.organisationId(), organisationId))) {
            return;
        }
        jdbc.update(
                "INSERT INTO funder_scope (user_id, municipality, organisation_id) VALUES (?, ?, ?)",
                accountId,
                place,
                organisationId);
        audit.record(
                managed.user(),
                AuditAction.FUNDER_SCOPE_ADDED,
                managed.account().getId(),
                managed.account().getUsername(),
                organisationId,
                place != null ? "gemeente " + place : "organisatie " + names.get(organisationId));
    }

    @Transactional
    public void removeFunderScope(long accountId, @Nullable String municipality, @Nullable Long organisationId) {
        AccountGate.Managed managed = gate.requireFunder(accountId);
        int removed = municipality != null
                ? jdbc.update(
                        "DELETE FROM funder_scope WHERE user_id = ? AND municipality = ?", accountId, municipality)
                : jdbc.update(
                        "DELETE FROM funder_scope WHERE user_id = ? AND organisation_id = ?",
                        accountId,
                        organisationId);
        if (removed > 0) {
            audit.record(
                    managed.user(),
                    AuditAction.FUNDER_SCOPE_REMOVED,
                    managed.account().getId(),
                    managed.account().getUsername(),
                    organisationId,
                    municipality != null
                            ? "gemeente " + municipality
                            : "organisatie " + directory.organisationNames().get(organisationId));
        }
    }

    private List<FunderScopeRow> scopesOf(long accountId) {
        Map<Long, String> names = directory.organisationNames();
        return jdbc.query(
                "SELECT municipality, organisation_id FROM funder_scope WHERE user_id = ? ORDER BY municipality, organisation_id",
                (rs, i) -> {
                    String municipality = rs.getString(1);
                    Long organisation = municipality == null ? rs.getLong(2) : null;
                    return new FunderScopeRow(
                            municipality,
                            organisation,
                            municipality != null ? municipality : names.getOrDefault(organisation, "?"));
                },
                accountId);
    }
}
