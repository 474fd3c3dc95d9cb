package nl.kringwerk.security;

/** What access rules need to know of a group: its id and the organisation that runs it. */
public record GroupRef(long groupId, long organisationId) {}
