package nl.kringwerk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
}
