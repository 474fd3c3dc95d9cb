package nl.kringwerk.rounds.domain;

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
import nl.kringwerk.base.events.GroupData;
import org.jspecify.annotations.Nullable;

/**
 * One secret round at a session. It holds no member: how many have tapped, never who or what. Its
 * totals are written only when it ends ({@code secret_round_count}).
 */
@Entity
@Table(name = "secret_round")
public class SecretRound implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "savings_session_id", updatable = false)
    private @Nullable Long savingsSessionId;

    @Column(name = "listening_session_id", updatable = false)
    private @Nullable Long listeningSessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private RoundPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(length = 5, updatable = false)
    private @Nullable OutcomePhase phase;

    @Column(nullable = false, updatable = false)
    private int scale;

    @Column(name = "loan_id", updatable = false)
    private @Nullable Long loanId;

    @Column(name = "interest_bp", updatable = false)
    private @Nullable Integer interestBp;

    @Column(name = "repayment_plan", length = 20, updatable = false)
    private @Nullable String repaymentPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RoundStatus status;

    @Column(nullable = false)
    private int taps;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 60, updatable = false)
    private String openedBy;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "ended_by", length = 60)
    private @Nullable String endedBy;

    @Version
    private long version;

    protected SecretRound() {}

    private SecretRound(long groupId, RoundPurpose purpose, int scale, RoundStatus status, Instant at, String by) {
        this.groupId = groupId;
        this.purpose = purpose;
        this.scale = scale;
        this.status = status;
        this.openedAt = at;
        this.openedBy = by;
    }

    /** The group decides a loan by secret ballot; the proposal (interest, plan) is fixed beforehand. */
    public static SecretRound loanBallot(
            long groupId, long sessionId, long loanId, int interestBp, String plan, Instant at, String by) {
        SecretRound round = new SecretRound(groupId, RoundPurpose.LOAN_BALLOT, 3, RoundStatus.OPEN, at, by);
        round.savingsSessionId = sessionId;
        round.loanId = loanId;
        round.interestBp = interestBp;
        round.repaymentPlan = plan;
        return round;
    }

    /** The outcome statements; skipped by the group when {@code skipped}. */
    public static SecretRound outcome(
            long groupId, long sessionId, OutcomePhase phase, int scale, boolean skipped, Instant at, String by) {
        SecretRound round = new SecretRound(
                groupId, RoundPurpose.OUTCOME, scale, skipped ? RoundStatus.SKIPPED : RoundStatus.OPEN, at, by);
        round.savingsSessionId = sessionId;
        round.phase = phase;
        if (skipped) {
            round.endedAt = at;
            round.endedBy = by;
        }
        return round;
    }

    public static SecretRound closing(long groupId, long listeningSessionId, Instant at, String by) {
        SecretRound round = new SecretRound(groupId, RoundPurpose.CLOSING, 3, RoundStatus.OPEN, at, by);
        round.listeningSessionId = listeningSessionId;
        return round;
    }

    public void tapped() {
        requireOpen();
        taps++;
    }

    public void end(RoundStatus outcome, Instant at, String by) {
        requireOpen();
        this.status = outcome;
        this.endedAt = at;
        this.endedBy = by;
    }

    private void requireOpen() {
        if (status != RoundStatus.OPEN) {
            throw new IllegalStateException("Round " + id + " has ended");
        }
    }

    /**
     * Only a round that has ended changes the insights; while it runs, a tap must not even refresh
     * the summary.
     */
    @Override
    public @Nullable Long groupIdForInsights() {
        return status == RoundStatus.OPEN ? null : groupId;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public @Nullable Long getSavingsSessionId() {
        return savingsSessionId;
    }

    public @Nullable Long getListeningSessionId() {
        return listeningSessionId;
    }

    public RoundPurpose getPurpose() {
        return purpose;
    }

    public @Nullable OutcomePhase getPhase() {
        return phase;
    }

    public int getScale() {
        return scale;
    }

    public @Nullable Long getLoanId() {
        return loanId;
    }

    public @Nullable Integer getInterestBp() {
        return interestBp;
    }

    public @Nullable String getRepaymentPlan() {
        return repaymentPlan;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getTaps() {
        return taps;
    }
}
