package nl.kringwerk.passbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One opening of a passbook with a personal code: only when, for the group's officers. */
@Entity
@Table(name = "member_code_opening")
public class CodeOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "code_id", nullable = false)
    private long codeId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected CodeOpening() {}

    public CodeOpening(long groupId, long memberId, long codeId, Instant openedAt) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.codeId = codeId;
        this.openedAt = openedAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
