package nl.kringwerk.groups.domain;

public enum GroupType {
    /** Spaarkring: members save, borrow and share out together. */
    SAVINGS_CIRCLE,
    /** Luistergroep: a facilitator leads a circle that listens. */
    LISTENING_GROUP
}
