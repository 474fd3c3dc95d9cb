package nl.kringwerk.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an account may be used right now: enabled, its organisation active, and for an officer
 * still an active member of a group that runs. Asked at login and again on every request of an
 * open session, so a change made by an admin or coordinator counts from the next click.
 */
@Component
class AccountStanding {

    private final UserAccountRepository accounts;
    private final GroupDirectory directory;

    AccountStanding(UserAccountRepository accounts, GroupDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The account as it is now, if it may still be used. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> current(long userId) {
        return accounts.findById(userId).filter(this::mayBeUsed).map(SignedInUser::new);
    }

    boolean mayBeUsed(UserAccount account) {
        if (!account.isEnabled()) {
            return false;
        }
        if (account.getOrganisationId() != null && !directory.organisationActive(account.getOrganisationId())) {
            return false;
        }
        if (account.getRole() == Role.OFFICER) {
            return account.getMemberId() != null
                    && directory
                            .activeSeat(account.getMemberId())
                            .filter(seat -> seat.groupId() == account.getOfficerGroupId())
                            .isPresent();
        }
        return true;
    }
}
