package nl.kringwerk.security;

import java.util.HashSet;
import java.util.Set;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see aggregate insights, over which groups. A funder's scope is set per account
 * ({@code funder_scope}: municipalities or organisations); a coordinator sees her organisation, an
 * admin the country. Nobody else opens the insights. A funder whose scope is not set yet gets an
 * empty scope: no figures at all.
 */
@Service
public class InsightAccess {

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    InsightAccess(CurrentUser currentUser, JdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public InsightScope requireScope() {
        SignedInUser user = currentUser.require();
        InsightScope scope = switch (user.role()) {
            case ADMIN -> new InsightScope(true, Set.of(), Set.of());
            case COORDINATOR ->
                new InsightScope(
                        false, Set.of(), user.organisationId() == null ? Set.of() : Set.of(user.organisationId()));
            case FUNDER -> funderScope(user.userId());
            case FACILITATOR, OFFICER -> throw new NotFoundOrNotAllowedException();
        };
        return scope;
    }

    private InsightScope funderScope(long userId) {
        Set<String> municipalities = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        jdbc.query(
                "SELECT municipality, organisation_id FROM funder_scope WHERE user_id = ?",
                rs -> {
                    if (rs.getString(1) != null) {
                        municipalities.add(rs.getString(1));
                    } else {
                        organisations.add(rs.getLong(2));
                    }
                },
                userId);
        return new InsightScope(false, municipalities, organisations);
    }
}
