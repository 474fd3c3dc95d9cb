package nl.kringwerk.groups.service;

import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.security.GroupRef;

/** A group the current user may work with, and what kind of group it is; no names, no members. */
public record TypedGroupRef(GroupRef ref, GroupType type) {

    public long id() {
        return ref.groupId();
    }
}
