package nl.kringwerk.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may the current user act on this group?". Every service of every
 * feature calls it before it reads or writes group data. Refusals look exactly like "not found".
 */
@Service
public class GroupAccess {

    private final CurrentUser currentUser;
    private final FacilitatorAssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    GroupAccess(
            CurrentUser currentUser,
            FacilitatorAssignmentRepository assignments,
            UserAccountRepository accounts,
            AuditLog audit,
            Clock clock) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SignedInUser requireWorkWith(GroupRef group) {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayWorkWith(user, group, assignedGroups(user))) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    public SignedInUser requireAdminister(long organisationId) {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayAdminister(user, organisationId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    /** The operator, who creates, renames and deactivates organisations. */
    public SignedInUser requireManageOrganisations() {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayManageOrganisations(user)) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    public void requireReadOrganisationNames() {
        if (!AccessPolicy.mayReadOrganisationNames(currentUser.require())) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    public boolean mayAdminister(long organisationId) {
        return currentUser
                .find()
                .map(u -> AccessPolicy.mayAdminister(u, organisationId))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public GroupScope visibleScope() {
        SignedInUser user = currentUser.require();
        return AccessPolicy.scopeOf(user, assignedGroups(user));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> facilitatorsOf(GroupRef group) {
        requireWorkWith(group);
        List<Long> ids = assignments.findByGroupId(group.groupId()).stream()
                .map(FacilitatorAssignment::getUserId)
                .toList();
        return accounts.findAllById(ids).stream()
                .map(AccountSummary::of)
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .toList();
    }

    /** Does the group have a working officer account (an officer who can sign in for it)? */
    @Transactional(readOnly = true)
    public boolean hasOfficerAccount(GroupRef group) {
        requireWorkWith(group);
        return accounts.existsByOfficerGroupIdAndEnabledTrue(group.groupId());
    }

    /** Facilitators of the organisation who could be assigned to its groups. */
    @Transactional(readOnly = true)
    public List<AccountSummary> facilitatorCandidates(long organisationId) {
        requireAdminister(organisationId);
        return accounts
                .findByRoleAndOrganisationIdAndEnabledTrueOrderByDisplayName(Role.FACILITATOR, organisationId)
                .stream()
                .map(AccountSummary::of)
                .toList();
    }

    /**
     * Assigning twice is harmless: the second call changes nothing. The audit line names the group as
     * it is called now (its id means nothing to a reader of the log).
     */
    @Transactional
    public void assignFacilitator(GroupRef group, String groupName, long facilitatorUserId) {
        SignedInUser user = requireAdminister(group.organisationId());
        UserAccount facilitator = accounts.findById(facilitatorUserId)
                .filter(a -> a.getRole() == Role.FACILITATOR)
                .filter(a -> a.getOrganisationId() != null && a.getOrganisationId() == group.organisationId())
                .orElseThrow(() -> new InvalidInputException(
                        InvalidInput.of("facilitator", "error.facilitator-not-in-organisation")));
        if (!assignments.existsByGroupIdAndUserId(group.groupId(), facilitator.getId())) {
            assignments.save(new FacilitatorAssignment(
                    group.groupId(), facilitator.getId(), clock.instant(), user.getUsername()));
            audit.record(
                    user,
                    AuditAction.FACILITATOR_ASSIGNED,
                    facilitator.getId(),
                    facilitator.getUsername(),
                    group.organisationId(),
                    "groep " + groupName);
        }
    }

    @Transactional
    public void unassignFacilitator(GroupRef group, String groupName, long facilitatorUserId) {
        SignedInUser user = requireAdminister(group.organisationId());
        if (assignments.existsByGroupIdAndUserId(group.groupId(), facilitatorUserId)) {
            assignments.deleteByGroupIdAndUserId(group.groupId(), facilitatorUserId);
            audit.record(
                    user,
                    AuditAction.FACILITATOR_UNASSIGNED,
                    facilitatorUserId,
                    accounts.findById(facilitatorUserId)
                            .map(UserAccount::getUsername)
                            .orElse(null),
                    group.organisationId(),
                    "groep " + groupName);
        }
    }

    private Set<Long> assignedGroups(SignedInUser user) {
        if (user.role() != Role.FACILITATOR) {
            return Set.of();
        }
        return new HashSet<>(assignments.findGroupIdsByUserId(user.userId()));
    }
}
