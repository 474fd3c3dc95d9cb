package nl.kringwerk.security;

import org.jspecify.annotations.Nullable;

/** An account as the Beheer screen lists it: never a password hash or a code. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long organisationId,
        String organisationName,
        boolean enabled,
        boolean mayLogIn) {}
