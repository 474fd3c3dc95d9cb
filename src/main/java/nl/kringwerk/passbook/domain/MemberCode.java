package nl.kringwerk.passbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member's personal code: only its hash (and that of code + PIN); live until it is revoked. */
@Entity
@Table(name = "member_code")
public class MemberCode {

    /** Wrong PINs in a row after which the card stops working: an officer makes a new one. */
    public static final int PIN_TRIES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "pin_hash", length = 64)
    private @Nullable String pinHash;

    @Column(name = "wrong_pins", nullable = false)
    private int wrongPins;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected MemberCode() {}

    public MemberCode(
            long groupId,
            long memberId,
            String codeHash,
            @Nullable String pinHash,
            Instant createdAt,
            String createdBy) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.codeHash = codeHash;
        this.pinHash = pinHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean isLive() {
        return revokedAt == null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean needsPin() {
        return pinHash != null;
    }

    /** Checks the PIN; the tenth wrong one in a row revokes the card. */
    public boolean checkPin(String code, String pin, Instant now) {
        if (pinHash == null) {
            return true;
        }
        if (PersonalCodes.isPin(pin.strip()) && pinHash.equals(PersonalCodes.pinHash(code, pin))) {
            wrongPins = 0;
            return true;
        }
        wrongPins++;
        if (wrongPins >= PIN_TRIES) {
            revoke(now);
        }
        return false;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public int getWrongPins() {
        return wrongPins;
    }
}
