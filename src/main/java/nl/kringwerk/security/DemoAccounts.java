package nl.kringwerk.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and assignments for demo data and tests, without a gate or the password rules.
 * Not reachable from any view: the screens use {@link AccountService}.
 */
@Component
public class DemoAccounts {

    private final UserAccountRepository accounts;
    private final FacilitatorAssignmentRepository assignments;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    DemoAccounts(
            UserAccountRepository accounts,
            FacilitatorAssignmentRepository assignments,
            PasswordEncoder passwordEncoder,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.assignments = assignments;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public long create(String username, String password, String displayName, Role role, @Nullable Long organisationId) {
        return accounts.save(UserAccount.staff(
                        username, passwordEncoder.encode(password), displayName, role, organisationId, clock.instant()))
                .getId();
    }

    public long createOfficer(
            String username, String password, String displayName, long organisationId, long memberId, long groupId) {
        return accounts.save(UserAccount.officer(
                        username,
                        passwordEncoder.encode(password),
                        displayName,
                        organisationId,
                        memberId,
                        groupId,
                        clock.instant()))
                .getId();
    }

    /**
     * Runs the action signed in as this account, so demo data goes through the same services and
     * access checks as a person at the table would.
     */
    public void runAs(String username, Runnable action) {
        SignedInUser user =
                accounts.findByUsername(username).map(SignedInUser::new).orElseThrow();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The demo's one short password, listed on the demo login page; never used outside demo data and tests. */
    @Transactional
    public void setDemoPassword(String username, String password) {
        // Through the entity, not a JDBC update: when the demo runs in one transaction, the account
        // redeemed a moment ago is still managed and its flush at commit would put the old hash back.
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(password), account.getPasswordChangedAt());
        accounts.save(account);
    }

    public long idOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }

    /** Gives a funder account (more of) a scope, without a gate: demo data and tests only. */
    public void addFunderScope(long userId, @Nullable String municipality, @Nullable Long organisationId) {
        jdbc.update(
                "INSERT INTO funder_scope (user_id, municipality, organisation_id) VALUES (?, ?, ?)",
                userId,
                municipality,
                organisationId);
    }

    public void assign(long groupId, long facilitatorUserId) {
        assignments.save(new FacilitatorAssignment(groupId, facilitatorUserId, clock.instant(), "demo"));
    }
}
