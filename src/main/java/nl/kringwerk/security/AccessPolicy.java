package nl.kringwerk.security;

import java.util.Set;

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

    private static boolean sameOrganisation(SignedInUser user, long organisationId) {
        return user.organisationId() != null && user.organisationId() == organisationId;
    }
}
