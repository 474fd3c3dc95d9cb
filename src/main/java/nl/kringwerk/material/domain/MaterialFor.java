package nl.kringwerk.material.domain;

import nl.kringwerk.groups.domain.GroupType;

/** Which groups a piece of session material is written for. */
public enum MaterialFor {
    SAVINGS_CIRCLE,
    LISTENING_GROUP,
    BOTH;

    public boolean suits(GroupType type) {
        return this == BOTH || name().equals(type.name());
    }
}
