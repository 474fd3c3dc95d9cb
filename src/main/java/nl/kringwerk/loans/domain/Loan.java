package nl.kringwerk.loans.domain;

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
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.events.GroupData;
import org.jspecify.annotations.Nullable;

/**
 * A member's request and the group's decision on it. The money itself is only in the journal:
 * what was paid out and paid back is never stored here, so it can never disagree with the box.
 */
@Entity
@Table(name = "loan")
public class Loan implements GroupData {

    /** The decision part of the status; the rest is derived in {@link LoanAccount}. */
    public enum Decision {
        REQUESTED,
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "principal_cents", nullable = false, updatable = false)
    private long principalCents;

    @Column(nullable = false, updatable = false)
    private int weeks;

    @Column(length = 200, updatable = false)
    private @Nullable String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 60, updatable = false)
    private String requestedBy;

    @Column(name = "request_key", nullable = false, length = 40, updatable = false)
    private String requestKey;

    @Column(name = "decided_session_id")
    private @Nullable Long decidedSessionId;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private @Nullable String decidedBy;

    @Column(name = "votes_for")
    private @Nullable Integer votesFor;

    @Column(name = "votes_against")
    private @Nullable Integer votesAgainst;

    @Column(name = "votes_abstain")
    private @Nullable Integer votesAbstain;

    @Column(name = "interest_bp")
    private @Nullable Integer interestBp;

    @Column(name = "interest_cents")
    private @Nullable Long interestCents;

    @Column
    private @Nullable Integer instalments;

    @Version
    private long version;

    protected Loan() {}

    public Loan(
            long groupId,
            long cycleId,
            long memberId,
            Money principal,
            int weeks,
            @Nullable String purpose,
            Instant requestedAt,
            String requestedBy,
            String requestKey) {
        this.groupId = groupId;
        this.cycleId = cycleId;
        this.memberId = memberId;
        this.principalCents = principal.cents();
        this.weeks = weeks;
        this.purpose = purpose;
        this.status = Decision.REQUESTED;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.requestKey = requestKey;
    }

    public void approve(long sessionId, Tally tally, InterestRate rate, int instalments, Instant at, String by) {
        decide(Decision.APPROVED, sessionId, tally, at, by);
        this.interestBp = rate.basisPointsPer4Weeks();
        this.interestCents = rate.interestFor(principal(), weeks).cents();
        this.instalments = instalments;
    }

    public void decline(long sessionId, Tally tally, Instant at, String by) {
        decide(Decision.DECLINED, sessionId, tally, at, by);
    }

    private void decide(Decision outcome, long sessionId, Tally tally, Instant at, String by) {
        if (status != Decision.REQUESTED) {
            throw new IllegalStateException("Loan " + id + " was decided already");
        }
        this.status = outcome;
        this.decidedSessionId = sessionId;
        this.votesFor = tally.inFavour();
        this.votesAgainst = tally.against();
        this.votesAbstain = tally.abstained();
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public LoanTerms terms() {
        return new LoanTerms(
                principal(),
                weeks,
                interestBp == null ? InterestRate.NONE : new InterestRate(interestBp),
                interestCents == null ? Money.ZERO : Money.ofCents(interestCents),
                instalments == null ? 1 : instalments);
    }

    public Money principal() {
        return Money.ofCents(principalCents);
    }

    /** How the group voted; null while the loan is not decided. */
    public @Nullable Tally tally() {
        return votesFor == null ? null : new Tally(votesFor, votesAgainst, votesAbstain);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public int getWeeks() {
        return weeks;
    }

    public @Nullable String getPurpose() {
        return purpose;
    }

    public Decision getStatus() {
        return status;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
