package nl.kringwerk.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.kringwerk.base.domain.Names;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.base.events.GroupData;
import org.jspecify.annotations.Nullable;

/** A deelnemer of one group. When she leaves, the row stays with its left date. */
@Entity
@Table(name = "member")
public class Member implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "display_name", nullable = false, length = Names.MAX_CODE_POINTS)
    private String displayName;

    @Column(length = 30)
    private @Nullable String phone;

    @Column(length = 120)
    private @Nullable String email;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected Member() {}

    /** @param details checked with {@link GroupRules#checkMember} */
    public Member(long groupId, MemberDetails details, Instant createdAt, String createdBy) {
        this.groupId = groupId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        change(details);
    }

    /** @param details checked with {@link GroupRules#checkMember} */
    public void change(MemberDetails details) {
        this.displayName = Names.normalise(details.displayName());
        this.phone = Texts.clean(details.phone());
        this.email = Texts.clean(details.email());
        this.joinedOn = details.joinedOn();
    }

    /** @param leftOn checked with {@link GroupRules#checkLeave} */
    public void leave(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public MemberDetails details() {
        return new MemberDetails(displayName, phone, email, joinedOn);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public @Nullable LocalDate getLeftOn() {
        return leftOn;
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
