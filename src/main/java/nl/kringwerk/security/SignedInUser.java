package nl.kringwerk.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import nl.kringwerk.base.domain.DisplayNamed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: who is signed in and what scope her role has. */
public final class SignedInUser implements UserDetails, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Role role;
    private final @Nullable Long organisationId;
    private final @Nullable Long officerGroupId;
    private final boolean enabled;
    private final long version;

    SignedInUser(UserAccount account) {
        this(account, account.isEnabled());
    }

    SignedInUser(UserAccount account, boolean enabled) {
        this(
                account.getId(),
                account.getUsername(),
                account.getPasswordHash(),
                account.getDisplayName(),
                account.getRole(),
                account.getOrganisationId(),
                account.getOfficerGroupId(),
                enabled,
                account.getVersion());
    }

    SignedInUser(
            long userId,
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            @Nullable Long officerGroupId,
            boolean enabled) {
        this(userId, username, passwordHash, displayName, role, organisationId, officerGroupId, enabled, 0);
    }

    SignedInUser(
            long userId,
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            @Nullable Long officerGroupId,
            boolean enabled,
            long version) {
        this.version = version;
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.officerGroupId = officerGroupId;
        this.enabled = enabled;
    }

    public long userId() {
        return userId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable Long officerGroupId() {
        return officerGroupId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The account's version when this was read: any administrative change raises it. */
    public long version() {
        return version;
    }
}
