package nl.kringwerk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "officer_group_id")
    private @Nullable Long officerGroupId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    /** Raised by every change, so an open session sees that her account changed. */
    @Version
    private long version;

    protected UserAccount() {}

    private UserAccount(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            @Nullable Long memberId,
            @Nullable Long officerGroupId,
            Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.memberId = memberId;
        this.officerGroupId = officerGroupId;
        this.createdAt = createdAt;
    }

    public static UserAccount staff(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            Instant now) {
        if (role == Role.OFFICER) {
            throw new IllegalArgumentException("Use officer() for group officers");
        }
        return new UserAccount(username, passwordHash, displayName, role, organisationId, null, null, now);
    }

    public static UserAccount officer(
            String username,
            String passwordHash,
            String displayName,
            long organisationId,
            long memberId,
            long groupId,
            Instant now) {
        return new UserAccount(
                username, passwordHash, displayName, Role.OFFICER, organisationId, memberId, groupId, now);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable Long getOfficerGroupId() {
        return officerGroupId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    /** A new password hash; the old password stops working (also for a start code: an unusable hash). */
    void changePasswordHash(String newHash, @Nullable Instant changedAt) {
        passwordHash = newHash;
        passwordChangedAt = changedAt;
    }

    void changeRole(Role newRole) {
        if (role == Role.OFFICER || newRole == Role.OFFICER) {
            throw new IllegalArgumentException("An officer's role is tied to her seat in a group");
        }
        role = newRole;
    }
}
