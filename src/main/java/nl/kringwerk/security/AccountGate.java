package nl.kringwerk.security;

import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The access gate of account administration, asked once by every public method of the account
 * services ({@link AccessPolicy} holds the rules). Whatever the user may not manage answers like
 * something that does not exist.
 */
@Component
class AccountGate {

    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;

    AccountGate(CurrentUser currentUser, UserAccountRepository accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** Anyone signed in: her own account as it is now. */
    UserAccount requireOwn() {
        return accounts.findById(currentUser.require().userId()).orElseThrow(NotFoundOrNotAllowedException::new);
    }

    /** An admin (all organisations) or a coordinator (her own); anyone else is refused. */
    Managing requireAccountScope() {
        SignedInUser user = currentUser.require();
        GroupScope scope = AccessPolicy.accountScope(user);
        if (scope instanceof GroupScope.NoGroups) {
            throw new NotFoundOrNotAllowedException();
        }
        return new Managing(user, scope);
    }

    /** May this user make accounts with this role in this organisation? */
    SignedInUser requireManage(Role role, long organisationId) {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayManageAccount(user, role, organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    /** The account, if this user may manage it; otherwise the answer for an account that does not exist. */
    Managed requireManaged(long accountId) {
        SignedInUser user = currentUser.require();
        UserAccount account = accounts.findById(accountId)
                .filter(a -> AccessPolicy.mayManageAccount(user, a.getRole(), a.getOrganisationId()))
                .orElseThrow(NotFoundOrNotAllowedException::new);
        return new Managed(user, account);
    }

    /**
     * May this user read the audit log with these filters? An admin reads every line; a coordinator
     * her own organisation's, and filters only by accounts she manages. Returns the organisation whose
     * lines to read, null for all.
     */
    @Nullable
    Long requireAuditReader(@Nullable Long organisationId, @Nullable Long accountId) {
        Managing managing = requireAccountScope();
        if (!(managing.scope() instanceof GroupScope.OfOrganisation own)) {
            return organisationId;
        }
        if (organisationId != null && organisationId != own.organisationId()) {
            throw new NotFoundOrNotAllowedException();
        }
        if (accountId != null) {
            requireManaged(accountId);
        }
        return own.organisationId();
    }

    /** A funder account, for the operator who sets what funders see. */
    Managed requireFunder(long accountId) {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayManageFunderScopes(user)) {
            throw new NotFoundOrNotAllowedException();
        }
        UserAccount funder = accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.FUNDER)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        return new Managed(user, funder);
    }

    /** Who manages accounts, and whose. */
    record Managing(SignedInUser user, GroupScope scope) {}

    /** Who acts, and on which account. */
    record Managed(SignedInUser user, UserAccount account) {}
}
