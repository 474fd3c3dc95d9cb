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

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
    private Long organisationId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "officer_group_id")
    private Long officerGroupId;

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
            Long organisationId,
            Long memberId,
            Long officerGroupId,
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
            String username, String passwordHash, String displayName, Role role, Long organisationId, Instant now) {
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

    public Long getId() {
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getOfficerGroupId() {
        return officerGroupId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
