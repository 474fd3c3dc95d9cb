package nl.kringwerk.material.domain;

import nl.kringwerk.groups.domain.GroupType;

/** Which kind of session a piece was prepared for; the session lives in savings or sessions. */
public enum SessionKind {
    SAVINGS,
    LISTENING;

    public static SessionKind of(GroupType type) {
        return type == GroupType.LISTENING_GROUP ? LISTENING : SAVINGS;
    }
}
