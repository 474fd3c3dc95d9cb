package nl.kringwerk.loans.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.InterestShare;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * The share-out as the group fixed it, before the first pot was opened: from then on each payout
 * is exactly its line here. Written once, never changed.
 */
@Entity
@Immutable
@Table(name = "share_out")
public class ShareOutRecord {

    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_share", nullable = false, length = 20)
    private InterestShare interestShare;

    @Column(name = "counted_box_cents", nullable = false)
    private long countedBoxCents;

    @Column(name = "social_fund_cents", nullable = false)
    private long socialFundCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "social_fund_decision", nullable = false, length = 12)
    private SocialFundDecision socialFundDecision;

    @Column(name = "social_fund_note", length = 200)
    private @Nullable String socialFundNote;

    @Column(name = "surplus_cents", nullable = false)
    private long surplusCents;

    @Column(name = "fixed_at", nullable = false)
    private Instant fixedAt;

    @Column(name = "fixed_by", nullable = false, length = 60)
    private String fixedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "share_out_line", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderBy("memberId")
    private List<Line> lines = new ArrayList<>();

    protected ShareOutRecord() {}

    public ShareOutRecord(
            long cycleId,
            long sessionId,
            InterestShare interestShare,
            Money countedBox,
            Money socialFund,
            SocialFundDecision decision,
            @Nullable String note,
            ShareOut.Result result,
            Instant at,
            String by) {
        this.cycleId = cycleId;
        this.sessionId = sessionId;
        this.interestShare = interestShare;
        this.countedBoxCents = countedBox.cents();
        this.socialFundCents = socialFund.cents();
        this.socialFundDecision = decision;
        this.socialFundNote = note;
        this.surplusCents = result.surplus().cents();
        this.fixedAt = at;
        this.fixedBy = by;
        for (ShareOut.Line l : result.lines()) {
            lines.add(new Line(l.memberId(), l.savings(), l.share(), l.loanSettled(), l.payout()));
        }
    }

    /** One member's pot. */
    @Embeddable
    public static class Line {
        @Column(name = "member_id", nullable = false)
        private Long memberId;

        @Column(name = "savings_cents", nullable = false)
        private long savingsCents;

        @Column(name = "share_cents", nullable = false)
        private long shareCents;

        @Column(name = "loan_settled_cents", nullable = false)
        private long loanSettledCents;

        @Column(name = "payout_cents", nullable = false)
        private long payoutCents;

        protected Line() {}

        Line(long memberId, Money savings, Money share, Money loanSettled, Money payout) {
            this.memberId = memberId;
            this.savingsCents = savings.cents();
            this.shareCents = share.cents();
            this.loanSettledCents = loanSettled.cents();
            this.payoutCents = payout.cents();
        }

        public long memberId() {
            return memberId;
        }

        public Money savings() {
            return Money.ofCents(savingsCents);
        }

        public Money share() {
            return Money.ofCents(shareCents);
        }

        public Money loanSettled() {
            return Money.ofCents(loanSettledCents);
        }

        public Money payout() {
            return Money.ofCents(payoutCents);
        }

        /** Her pot before a loan is settled against it: savings plus share. */
        public Money pot() {
            return savings().plus(share());
        }
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public InterestShare getInterestShare() {
        return interestShare;
    }

    public Money countedBox() {
        return Money.ofCents(countedBoxCents);
    }

    public Money socialFund() {
        return Money.ofCents(socialFundCents);
    }

    public SocialFundDecision getSocialFundDecision() {
        return socialFundDecision;
    }

    public String getSocialFundNote() {
        return socialFundNote;
    }

    public Money surplus() {
        return Money.ofCents(surplusCents);
    }

    public Instant getFixedAt() {
        return fixedAt;
    }

    public String getFixedBy() {
        return fixedBy;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public Optional<Line> lineOf(long memberId) {
        return lines.stream().filter(l -> l.memberId() == memberId).findFirst();
    }
}
