package nl.kringwerk.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of who may act on which group, in one place and free of Spring so they can be read
 * and tested as a table. A funder never reaches a group: she only sees aggregate insights.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /**
     * May this user open the group and work with its members?
     *
     * @param assignedGroupIds the groups a facilitator is assigned to (ignored for other roles)
     */
    public static boolean mayWorkWith(SignedInUser user, GroupRef group, Set<Long> assignedGroupIds) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COORDINATOR -> sameOrganisation(user, group.organisationId());
            case FACILITATOR -> assignedGroupIds.contains(group.groupId());
            case OFFICER -> user.officerGroupId() != null && user.officerGroupId() == group.groupId();
            case FUNDER -> false;
        };
    }

    /**
     * May this user read the names of the organisations (shown with shared session material)?
     * Everyone who works with groups may; a funder sees no organisation.
     */
    public static boolean mayReadOrganisationNames(SignedInUser user) {
        return user.role() != Role.FUNDER;
    }

    /** May this user start and end groups of the organisation and assign their facilitators? */
    public static boolean mayAdminister(SignedInUser user, long organisationId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case COORDINATOR -> sameOrganisation(user, organisationId);
            case FACILITATOR, OFFICER, FUNDER -> false;
        };
    }

    public static GroupScope scopeOf(SignedInUser user, Set<Long> assignedGroupIds) {
        return switch (user.role()) {
            case ADMIN -> new GroupScope.AllGroups();
            case COORDINATOR ->
                user.organisationId() == null
                        ? new GroupScope.NoGroups()
                        : new GroupScope.OfOrganisation(user.organisationId());
            case FACILITATOR -> new GroupScope.OnlyGroups(assignedGroupIds);
            case OFFICER ->
                user.officerGroupId() == null
                        ? new GroupScope.NoGroups()
                        : new GroupScope.OnlyGroups(Set.of(user.officerGroupId()));
            case FUNDER -> new GroupScope.NoGroups();
        };
    }

    /** Only staff who prepare sessions read the library of session material; a funder or an officer does not. */
    public static boolean mayReadLibrary(SignedInUser user) {
        return user.role().preparesSessions();
    }

    /** An admin reads every piece of material; anyone else what {@link #mayReadMaterial} lets her. */
    public static boolean readsAllMaterial(SignedInUser user) {
        return user.role() == Role.ADMIN;
    }

    /**
     * May this reader open a piece of material? The starter library and shared pieces are for
     * everyone; a private piece only for its own organisation.
     *
     * @param ownerOrganisationId the organisation that owns the piece, null for the starter library
     */
    public static boolean mayReadMaterial(SignedInUser user, Long ownerOrganisationId, boolean shared) {
        return readsAllMaterial(user)
                || ownerOrganisationId == null
                || shared
                || Objects.equals(ownerOrganisationId, user.organisationId());
    }

    /** Only the owning organisation (or an admin) edits a piece; the starter library only an admin. */
    public static boolean mayEditMaterial(SignedInUser user, Long ownerOrganisationId) {
        return user.role() == Role.ADMIN
                || ownerOrganisationId != null && ownerOrganisationId.equals(user.organisationId());
    }

    /** Another organisation's piece (or a starter piece) may be copied by a reader who has an organisation. */
    public static boolean mayCopyMaterial(SignedInUser user, Long ownerOrganisationId) {
        return user.organisationId() != null && !Objects.equals(ownerOrganisationId, user.organisationId());
    }

    /**
     * Whose uses of material count in the usage figures this reader sees: her own organisation's
     * groups; all groups for an admin; none for a reader without an organisation.
     */
    public static GroupScope materialUsageScope(SignedInUser user) {
        if (user.role() == Role.ADMIN) {
            return new GroupScope.AllGroups();
        }
        return user.organisationId() == null
                ? new GroupScope.NoGroups()
                : new GroupScope.OfOrganisation(user.organisationId());
    }

    /** Only the operator creates, renames and deactivates organisations. */
    public static boolean mayManageOrganisations(SignedInUser user) {
        return user.role() == Role.ADMIN;
    }

    /**
     * The roles this user may give to an account: never one above her own. An admin gives every
     * role; a coordinator gives facilitators and officers (of her own organisation); others none.
     */
    public static Set<Role> grantableRoles(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> Set.of(Role.values());
            case COORDINATOR -> Set.of(Role.FACILITATOR, Role.OFFICER);
            case FACILITATOR, OFFICER, FUNDER -> Set.of();
        };
    }

    /** May this user open the Beheer screens and list accounts (of the organisations she manages)? */
    public static boolean manageAccounts(SignedInUser user) {
        return !grantableRoles(user).isEmpty();
    }

    /**
     * May this user see and change an account with this role in this organisation (create it, disable
     * or enable it, give a new start code)? An admin any account; a coordinator the facilitators and
     * officers of her own organisation only.
     */
    public static boolean mayManageAccount(SignedInUser user, Role role, @Nullable Long organisationId) {
        if (!grantableRoles(user).contains(role)) {
            return false;
        }
        return user.role() == Role.ADMIN || organisationId != null && sameOrganisation(user, organisationId);
    }

    /**
     * The roles this user may give an account that has {@code current} now: staff roles only (an
     * officer's role belongs to her seat in a group), a role of an organisation only to an account
     * of one, never a role above the giver's own, and not the one it has.
     */
    public static Set<Role> rolesToGive(SignedInUser user, Role current, @Nullable Long organisationId) {
        if (current == Role.OFFICER || !mayManageAccount(user, current, organisationId)) {
            return Set.of();
        }
        return grantableRoles(user).stream()
                .filter(r -> r != Role.OFFICER && r != current)
                .filter(r -> organisationId != null || !r.belongsToOrganisation())
                .filter(r -> mayManageAccount(user, r, organisationId))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Which organisation's accounts and audit lines this user sees: null means all (admin). */
    public static GroupScope accountScope(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> new GroupScope.AllGroups();
            case COORDINATOR ->
                user.organisationId() == null
                        ? new GroupScope.NoGroups()
                        : new GroupScope.OfOrganisation(user.organisationId());
            case FACILITATOR, OFFICER, FUNDER -> new GroupScope.NoGroups();
        };
    }

    /**
     * May this user see which of her groups need attention? Coordinators and facilitators (and the
     * operator); an officer sees her own group's page, a funder never sees a group.
     */
    public static boolean mayReadAttention(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN, COORDINATOR, FACILITATOR -> true;
            case OFFICER, FUNDER -> false;
        };
    }

    /** May this user take the group's whole record home (the export)? The group's officer and its coordinator. */
    public static boolean mayExportGroup(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN, COORDINATOR, OFFICER -> true;
            case FACILITATOR, FUNDER -> false;
        };
    }

    /** Only the operator sets what a funder account sees. */
    public static boolean mayManageFunderScopes(SignedInUser user) {
        return user.role() == Role.ADMIN;
    }

    private static boolean sameOrganisation(SignedInUser user, long organisationId) {
        return user.organisationId() != null && user.organisationId() == organisationId;
    }
}
