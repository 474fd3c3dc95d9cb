package nl.kringwerk.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts without SQL: made by an admin or a coordinator with a one-time start code, disabled and
 * enabled, given a new start code; everyone changes her own password. Every method passes one gate
 * ({@link AccessPolicy}); an account the user may not manage answers like one that does not exist.
 * Every act is written to the audit log, never a password or a code.
 */
@Service
public class AccountService {

    public static final Duration START_CODE_VALID = Duration.ofDays(7);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final StartCodeRepository startCodes;
    private final AccountStanding standing;
    private final GroupDirectory directory;
    private final AuditLog audit;
    private final AuditEventRepository auditEvents;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            StartCodeRepository startCodes,
            AccountStanding standing,
            GroupDirectory directory,
            AuditLog audit,
            AuditEventRepository auditEvents,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.startCodes = startCodes;
        this.standing = standing;
        this.directory = directory;
        this.audit = audit;
        this.auditEvents = auditEvents;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- everyone: her own account ----

    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        UserAccount account = own();
        return new MyAccount(
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                organisationName(account.getOrganisationId()));
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeat) {
        SignedInUser user = currentUser.require();
        UserAccount account = own();
        List<InvalidInput> problems = new ArrayList<>();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            problems.add(InvalidInput.of("currentPassword", "error.current-password-wrong"));
        }
        problems.addAll(newPasswordProblems(newPassword, repeat, account));
        InvalidInputException.throwIfAny(problems);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(
                user,
                AuditAction.PASSWORD_CHANGED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        accounts.flush();
        // This session goes on with the account as it is now.
        SignedInUser fresh = new SignedInUser(account);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }

    // ---- anyone with a start code ----

    /**
     * The person behind a start code chooses her password. The code works once and until it
     * expires; a wrong, used or expired code gets one and the same answer. Returns her username.
     */
    @Transactional
    public String redeemStartCode(String code, String newPassword, String repeat) {
        Instant now = clock.instant();
        StartCode startCode = startCodes
                .findByCodeHash(StartCodes.hash(code))
                .filter(c -> c.isUsable(now))
                .orElseThrow(() -> InvalidInputException.of("code", "error.start-code-invalid"));
        UserAccount account = accounts.findById(startCode.getUserId())
                .filter(standing::mayBeUsed)
                .orElseThrow(() -> InvalidInputException.of("code", "error.start-code-invalid"));
        InvalidInputException.throwIfAny(newPasswordProblems(newPassword, repeat, account));
        startCode.use(now);
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        audit.record(
                new SignedInUser(account),
                AuditAction.START_CODE_USED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        return account.getUsername();
    }

    // ---- admin and coordinators: the accounts they manage ----

    /** The organisations in which this user may make accounts: all active ones for an admin, her own for a coordinator. */
    @Transactional(readOnly = true)
    public List<GroupDirectory.OrganisationChoice> organisationsForAccounts() {
        GroupScope scope = requireAccountScope();
        return directory.organisations().stream()
                .filter(o -> scope instanceof GroupScope.AllGroups
                        || scope instanceof GroupScope.OfOrganisation own && own.organisationId() == o.id())
                .toList();
    }

    /** The roles this user may give. */
    @Transactional(readOnly = true)
    public List<Role> grantableRoles() {
        SignedInUser user = currentUser.require();
        requireAccountScope();
        return AccessPolicy.grantableRoles(user).stream().sorted().toList();
    }

    /** Who could get an officer account: the active members of the running groups of the organisation. */
    @Transactional(readOnly = true)
    public List<GroupDirectory.OfficerSeat> officerCandidates(long organisationId) {
        requireManage(Role.OFFICER, organisationId);
        return directory.activeSeats(organisationId);
    }

    /** The accounts this user manages, optionally only of one role and one organisation. */
    @Transactional(readOnly = true)
    public List<AccountRow> accounts(@Nullable Role role, @Nullable Long organisationId) {
        SignedInUser user = currentUser.require();
        GroupScope scope = requireAccountScope();
        List<UserAccount> found;
        if (scope instanceof GroupScope.OfOrganisation own) {
            if (organisationId != null && organisationId != own.organisationId()) {
                throw new NotFoundOrNotAllowedException();
            }
            found = accounts.findByOrganisationIdOrderByDisplayName(own.organisationId());
        } else {
            found = organisationId == null
                    ? accounts.findAllByOrderByDisplayName()
                    : accounts.findByOrganisationIdOrderByDisplayName(organisationId);
        }
        Map<Long, String> names = organisationNames();
        return found.stream()
                .filter(a -> AccessPolicy.mayManageAccount(user, a.getRole(), a.getOrganisationId()))
                .filter(a -> role == null || a.getRole() == role)
                .map(a -> row(a, names))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountRow account(long accountId) {
        return row(managed(accountId), organisationNames());
    }

    /** Makes the account with a start code; the person chooses her own password with it. */
    @Transactional
    public IssuedStartCode createAccount(NewAccount request) {
        SignedInUser user = currentUser.require();
        requireAccountScope();
        Role role = request.role();
        if (role == null) {
            throw InvalidInputException.of("role", "error.required");
        }
        boolean needsOrganisation = role == Role.COORDINATOR || role == Role.FACILITATOR || role == Role.OFFICER;
        Long organisationId = needsOrganisation ? request.organisationId() : null;
        if (needsOrganisation && organisationId == null) {
            if (!AccessPolicy.grantableRoles(user).contains(role)) {
                throw new NotFoundOrNotAllowedException();
            }
            throw InvalidInputException.of("organisation", "error.required");
        }
        if (!AccessPolicy.mayManageAccount(user, role, organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (organisationId != null && directory.organisations().stream().noneMatch(o -> o.id() == organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        GroupDirectory.OfficerSeat seat = null;
        if (role == Role.OFFICER) {
            if (request.memberId() == null) {
                throw InvalidInputException.of("member", "error.required");
            }
            seat = directory
                    .activeSeat(request.memberId())
                    .filter(s -> s.organisationId() == organisationId)
                    .orElseThrow(NotFoundOrNotAllowedException::new);
        }
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        String displayName = request.displayName().strip();
        List<InvalidInput> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(InvalidInput.of("username", "error.required"));
        } else if (username.length() < 3 || username.length() > 60 || !username.matches("[a-z0-9][a-z0-9._-]*")) {
            problems.add(InvalidInput.of("username", "error.username-invalid"));
        } else if (accounts.existsByUsername(username)) {
            problems.add(InvalidInput.of("username", "error.username-taken"));
        }
        if (displayName.isEmpty()) {
            problems.add(InvalidInput.of("displayName", "error.required"));
        } else if (displayName.length() > 80) {
            problems.add(InvalidInput.of("displayName", "error.too-long", 80));
        }
        if (organisationId != null && !directory.organisationActive(organisationId)) {
            problems.add(InvalidInput.of("organisation", "error.organisation-inactive"));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        UserAccount account = seat == null
                ? UserAccount.staff(username, unusablePassword(), displayName, role, organisationId, now)
                : UserAccount.officer(
                        username,
                        unusablePassword(),
                        displayName,
                        seat.organisationId(),
                        seat.memberId(),
                        seat.groupId(),
                        now);
        account = accounts.saveAndFlush(account);
        audit.record(
                user,
                AuditAction.ACCOUNT_CREATED,
                account.getId(),
                account.getUsername(),
                organisationId,
                role.name() + (seat == null ? "" : " · " + seat.groupName()));
        return issue(user, account);
    }

    /** A new start code (a forgotten password, a lost card): the old password and older codes stop working. */
    @Transactional
    public IssuedStartCode issueStartCode(long accountId) {
        SignedInUser user = currentUser.require();
        UserAccount account = managed(accountId);
        if (account.getId() == user.userId()) {
            throw InvalidInputException.of("account", "error.own-account-use-password-page");
        }
        account.changePasswordHash(unusablePassword(), null);
        return issue(user, account);
    }

    @Transactional
    public void disable(long accountId) {
        SignedInUser user = currentUser.require();
        UserAccount account = managed(accountId);
        if (account.getId() == user.userId()) {
            throw InvalidInputException.of("account", "error.cannot-disable-self");
        }
        if (account.isEnabled()) {
            account.disable();
            audit.record(
                    user,
                    AuditAction.ACCOUNT_DISABLED,
                    account.getId(),
                    account.getUsername(),
                    account.getOrganisationId(),
                    null);
        }
    }

    @Transactional
    public void enable(long accountId) {
        SignedInUser user = currentUser.require();
        UserAccount account = managed(accountId);
        if (!account.isEnabled()) {
            account.enable();
            audit.record(
                    user,
                    AuditAction.ACCOUNT_ENABLED,
                    account.getId(),
                    account.getUsername(),
                    account.getOrganisationId(),
                    null);
        }
    }

    /**
     * Another staff role for the account (a facilitator who becomes coordinator). Only to a role the
     * user may give; an officer's role belongs to her seat in a group and does not change.
     */
    @Transactional
    public void changeRole(long accountId, Role role) {
        SignedInUser user = currentUser.require();
        UserAccount account = managed(accountId);
        if (!AccessPolicy.mayManageAccount(user, role, account.getOrganisationId())) {
            throw new NotFoundOrNotAllowedException();
        }
        if (account.getId() == user.userId()) {
            throw InvalidInputException.of("role", "error.cannot-change-own-role");
        }
        if (account.getRole() == role) {
            return;
        }
        boolean needsOrganisation = role == Role.COORDINATOR || role == Role.FACILITATOR;
        if (account.getRole() == Role.OFFICER
                || role == Role.OFFICER
                || needsOrganisation && account.getOrganisationId() == null) {
            throw InvalidInputException.of("role", "error.role-cannot-change");
        }
        Role before = account.getRole();
        account.changeRole(role);
        audit.record(
                user,
                AuditAction.ROLE_CHANGED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                before.name() + " -> " + role.name());
    }

    // ---- admin: what a funder sees ----

    @Transactional(readOnly = true)
    public List<FunderScopeRow> funderScopes(long accountId) {
        funderAccount(accountId);
        Map<Long, String> names = organisationNames();
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

    /** Adds a municipality or the groups of an organisation to what the funder sees (exactly one of the two). */
    @Transactional
    public void addFunderScope(long accountId, @Nullable String municipality, @Nullable Long organisationId) {
        SignedInUser user = currentUser.require();
        UserAccount funder = funderAccount(accountId);
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
        if (organisationId != null && !organisationNames().containsKey(organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (funderScopes(accountId).stream()
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
                user,
                AuditAction.FUNDER_SCOPE_ADDED,
                funder.getId(),
                funder.getUsername(),
                organisationId,
                place != null
                        ? "gemeente " + place
                        : "organisatie " + organisationNames().get(organisationId));
    }

    @Transactional
    public void removeFunderScope(long accountId, @Nullable String municipality, @Nullable Long organisationId) {
        SignedInUser user = currentUser.require();
        UserAccount funder = funderAccount(accountId);
        int removed = municipality != null
                ? jdbc.update(
                        "DELETE FROM funder_scope WHERE user_id = ? AND municipality = ?", accountId, municipality)
                : jdbc.update(
                        "DELETE FROM funder_scope WHERE user_id = ? AND organisation_id = ?",
                        accountId,
                        organisationId);
        if (removed > 0) {
            audit.record(
                    user,
                    AuditAction.FUNDER_SCOPE_REMOVED,
                    funder.getId(),
                    funder.getUsername(),
                    organisationId,
                    municipality != null
                            ? "gemeente " + municipality
                            : "organisatie " + organisationNames().get(organisationId));
        }
    }

    // ---- the audit log ----

    /**
     * The audit log, newest first (at most 500 lines): everything for an admin, her own organisation's
     * lines for a coordinator. Filters: organisation, account (as actor or as the one acted on), period.
     */
    @Transactional(readOnly = true)
    public List<AuditRow> audit(
            @Nullable Long organisationId, @Nullable Long accountId, @Nullable LocalDate from, @Nullable LocalDate to) {
        GroupScope scope = requireAccountScope();
        Long organisation = organisationId;
        if (scope instanceof GroupScope.OfOrganisation own) {
            if (organisationId != null && organisationId != own.organisationId()) {
                throw new NotFoundOrNotAllowedException();
            }
            organisation = own.organisationId();
            if (accountId != null) {
                managed(accountId);
            }
        }
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(AMSTERDAM).toInstant();
        Instant end = to == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
        return auditEvents.find(organisation, accountId, start, end, Limit.of(500)).stream()
                .map(AuditEvent::row)
                .toList();
    }

    // ---- inside ----

    private UserAccount own() {
        return accounts.findById(currentUser.require().userId()).orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private GroupScope requireAccountScope() {
        GroupScope scope = AccessPolicy.accountScope(currentUser.require());
        if (scope instanceof GroupScope.NoGroups) {
            throw new NotFoundOrNotAllowedException();
        }
        return scope;
    }

    private void requireManage(Role role, long organisationId) {
        if (!AccessPolicy.mayManageAccount(currentUser.require(), role, organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    /** The account, if this user may manage it; otherwise the answer for an account that does not exist. */
    private UserAccount managed(long accountId) {
        SignedInUser user = currentUser.require();
        return accounts.findById(accountId)
                .filter(a -> AccessPolicy.mayManageAccount(user, a.getRole(), a.getOrganisationId()))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private UserAccount funderAccount(long accountId) {
        if (!AccessPolicy.mayManageFunderScopes(currentUser.require())) {
            throw new NotFoundOrNotAllowedException();
        }
        return accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.FUNDER)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private IssuedStartCode issue(SignedInUser user, UserAccount account) {
        Instant now = clock.instant();
        startCodes.findByUserId(account.getId()).forEach(c -> c.revoke(now));
        String code = StartCodes.generate();
        StartCode saved = startCodes.save(new StartCode(
                account.getId(), StartCodes.hash(code), now, user.getUsername(), now.plus(START_CODE_VALID)));
        audit.record(
                user,
                AuditAction.START_CODE_ISSUED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        return new IssuedStartCode(
                account.getId(), account.getUsername(), account.getDisplayName(), code, saved.getExpiresAt());
    }

    private List<InvalidInput> newPasswordProblems(String password, String repeat, UserAccount account) {
        List<InvalidInput> problems =
                new ArrayList<>(PasswordRules.check(password, account.getRole(), account.getUsername()));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.add(InvalidInput.of("repeat", "error.password-repeat-differs"));
        }
        return problems;
    }

    /** A hash nobody knows the password of: the account waits for its start code. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    private Map<Long, String> organisationNames() {
        return directory.organisations().stream()
                .collect(Collectors.toMap(
                        GroupDirectory.OrganisationChoice::id, GroupDirectory.OrganisationChoice::name));
    }

    private String organisationName(@Nullable Long organisationId) {
        return organisationId == null ? "" : organisationNames().getOrDefault(organisationId, "");
    }

    private AccountRow row(UserAccount a, Map<Long, String> names) {
        return new AccountRow(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRole(),
                a.getOrganisationId(),
                a.getOrganisationId() == null ? "" : names.getOrDefault(a.getOrganisationId(), ""),
                a.isEnabled(),
                standing.mayBeUsed(a));
    }
}
