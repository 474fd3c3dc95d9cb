package nl.kringwerk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts an admin or a coordinator manages: made with a one-time start code
 * ({@link StartCodeService}), listed, switched off and on, given another role. Every method passes
 * one gate ({@link AccountGate}, rules in {@link AccessPolicy}); an account the user may not manage
 * answers like one that does not exist. Every act is written to the audit log. Her own account is
 * {@link MyAccountService}; what a funder sees, {@link FunderScopeService}; the log, {@link AuditTrail}.
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final AccountStanding standing;
    private final GroupDirectory directory;
    private final AccountGate gate;
    private final Passwords passwords;
    private final StartCodeService startCodes;
    private final AuditLog audit;
    private final OpenScreens openScreens;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            AccountStanding standing,
            GroupDirectory directory,
            AccountGate gate,
            Passwords passwords,
            StartCodeService startCodes,
            AuditLog audit,
            OpenScreens openScreens,
            Clock clock) {
        this.accounts = accounts;
        this.standing = standing;
        this.directory = directory;
        this.gate = gate;
        this.passwords = passwords;
        this.startCodes = startCodes;
        this.audit = audit;
        this.openScreens = openScreens;
        this.clock = clock;
    }

    /** The organisations in which this user may make accounts: all active ones for an admin, her own for a coordinator. */
    @Transactional(readOnly = true)
    public List<GroupDirectory.OrganisationChoice> organisationsForAccounts() {
        GroupScope scope = gate.requireAccountScope().scope();
        return directory.organisations().stream()
                .filter(o -> scope instanceof GroupScope.AllGroups
                        || scope instanceof GroupScope.OfOrganisation own && own.organisationId() == o.id())
                .toList();
    }

    /** The roles this user may give. */
    @Transactional(readOnly = true)
    public List<Role> grantableRoles() {
        SignedInUser user = gate.requireAccountScope().user();
        return AccessPolicy.grantableRoles(user).stream().sorted().toList();
    }

    /** Who could get an officer account: the active members of the running groups of the organisation. */
    @Transactional(readOnly = true)
    public List<GroupDirectory.OfficerSeat> officerCandidates(long organisationId) {
        gate.requireManage(Role.OFFICER, organisationId);
        return directory.activeSeats(organisationId);
    }

    /** The accounts this user manages, optionally only of one role and one organisation. */
    @Transactional(readOnly = true)
    public List<AccountRow> accounts(@Nullable Role role, @Nullable Long organisationId) {
        AccountGate.Managing managing = gate.requireAccountScope();
        SignedInUser user = managing.user();
        GroupScope scope = managing.scope();
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
        Map<Long, String> names = directory.organisationNames();
        return found.stream()
                .filter(a -> AccessPolicy.mayManageAccount(user, a.getRole(), a.getOrganisationId()))
                .filter(a -> role == null || a.getRole() == role)
                .map(a -> row(user, a, names))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountRow account(long accountId) {
        AccountGate.Managed managed = gate.requireManaged(accountId);
        return row(managed.user(), managed.account(), directory.organisationNames());
    }

    /** Makes the account with a start code; the person chooses her own password with it. */
    @Transactional
    public IssuedStartCode createAccount(NewAccount request) {
        SignedInUser user = gate.requireAccountScope().user();
        Role role = request.role();
        if (role == null) {
            throw InvalidInputException.of("role", "error.required");
        }
        boolean needsOrganisation = role.belongsToOrganisation();
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
                ? UserAccount.staff(username, passwords.unusable(), displayName, role, organisationId, now)
                : UserAccount.officer(
                        username,
                        passwords.unusable(),
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
        return startCodes.issue(user, account);
    }

    @Transactional
    public void disable(long accountId) {
        AccountGate.Managed managed = gate.requireManaged(accountId);
        SignedInUser user = managed.user();
        UserAccount account = managed.account();
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
            openScreens.recheckAccount(account.getId());
        }
    }

    @Transactional
    public void enable(long accountId) {
        AccountGate.Managed managed = gate.requireManaged(accountId);
        SignedInUser user = managed.user();
        UserAccount account = managed.account();
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
        AccountGate.Managed managed = gate.requireManaged(accountId);
        SignedInUser user = managed.user();
        UserAccount account = managed.account();
        if (!AccessPolicy.mayManageAccount(user, role, account.getOrganisationId())) {
            throw new NotFoundOrNotAllowedException();
        }
        if (account.getId() == user.userId()) {
            throw InvalidInputException.of("role", "error.cannot-change-own-role");
        }
        if (account.getRole() == role) {
            return;
        }
        if (!AccessPolicy.rolesToGive(user, account.getRole(), account.getOrganisationId())
                .contains(role)) {
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
        openScreens.recheckAccount(account.getId());
    }

    private AccountRow row(SignedInUser user, UserAccount a, Map<Long, String> names) {
        List<Role> rolesToGive = a.getId() == user.userId()
                ? List.of()
                : AccessPolicy.rolesToGive(user, a.getRole(), a.getOrganisationId()).stream()
                        .sorted()
                        .toList();
        return new AccountRow(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRole(),
                a.getOrganisationId(),
                a.getOrganisationId() == null ? "" : names.getOrDefault(a.getOrganisationId(), ""),
                a.isEnabled(),
                standing.mayBeUsed(a),
                rolesToGive);
    }
}
