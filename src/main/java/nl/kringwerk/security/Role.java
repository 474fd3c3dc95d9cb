package nl.kringwerk.security;

/** Platform roles. Members have no account; a chair or bookkeeper who logs in is an OFFICER. */
public enum Role {
    ADMIN,
    COORDINATOR,
    FACILITATOR,
    FUNDER,
    /** A chair or bookkeeper, linked to her own member record in one group. */
    OFFICER;

    /** Staff who prepare sessions: they read the material library and choose a session's theme. */
    public boolean preparesSessions() {
        return this == ADMIN || this == COORDINATOR || this == FACILITATOR;
    }

    /** Staff of an organisation and officers of its groups; an admin and a funder belong to none. */
    public boolean belongsToOrganisation() {
        return this == COORDINATOR || this == FACILITATOR || this == OFFICER;
    }

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String FUNDER = "FUNDER";
        public static final String OFFICER = "OFFICER";

        private Names() {}
    }
}
