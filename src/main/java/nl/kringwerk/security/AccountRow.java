package nl.kringwerk.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An account as the Beheer screen lists it: never a password hash or a code. {@code rolesToGive}:
 * the roles the user who reads this may give it (empty: its role cannot change here).
 */
public record AccountRow(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long organisationId,
        String organisationName,
        boolean enabled,
        boolean mayLogIn,
        List<Role> rolesToGive) {

    public AccountRow {
        rolesToGive = List.copyOf(rolesToGive);
    }
}
