package nl.kringwerk.papersession.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The paper forms of one session as the first person entered them, waiting for a second person to
 * confirm. Nothing here is money: it is booked only at the confirmation. Entering again replaces it.
 */
@Entity
@Table(name = "paper_session_draft")
public class PaperDraft {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String sheet;

    @Column(name = "entered_by", nullable = false, length = 60)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected PaperDraft() {}

    public PaperDraft(long sessionId, long groupId, String sheet, String enteredBy, Instant enteredAt) {
        this.sessionId = sessionId;
        this.groupId = groupId;
        this.sheet = sheet;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** Someone entered the forms again: hers replace the earlier ones and she now waits for a second person. */
    public void replace(String sheet, String enteredBy, Instant enteredAt) {
        this.sheet = sheet;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getSheet() {
        return sheet;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public long getVersion() {
        return version;
    }
}
