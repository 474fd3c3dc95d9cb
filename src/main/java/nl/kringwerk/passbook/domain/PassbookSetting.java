package nl.kringwerk.passbook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What she chose for her passbook: its language, and whether messages may carry amounts. */
@Entity
@Table(name = "passbook_setting")
public class PassbookSetting {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "amounts_in_messages", nullable = false)
    private boolean amountsInMessages;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected PassbookSetting() {}

    public PassbookSetting(long groupId, long memberId, String language, Instant at, String by) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.language = language;
        this.changedAt = at;
        this.changedBy = by;
    }

    public void change(String language, boolean amountsInMessages, Instant at, String by) {
        this.language = language;
        this.amountsInMessages = amountsInMessages;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isAmountsInMessages() {
        return amountsInMessages;
    }

    public long getGroupId() {
        return groupId;
    }
}
