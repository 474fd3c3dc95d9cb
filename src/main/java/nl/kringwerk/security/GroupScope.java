package nl.kringwerk.security;

import java.util.Set;

/** Which groups a user may see, in a form a repository query can use. */
public sealed interface GroupScope {

    record AllGroups() implements GroupScope {}

    record OfOrganisation(long organisationId) implements GroupScope {}

    record OnlyGroups(Set<Long> groupIds) implements GroupScope {
        public OnlyGroups {
            groupIds = Set.copyOf(groupIds);
        }
    }

    record NoGroups() implements GroupScope {}
}
