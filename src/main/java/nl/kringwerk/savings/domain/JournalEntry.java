package nl.kringwerk.savings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.events.GroupData;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the group's journal. Never changed, never deleted (the database refuses both);
 * a mistake is undone by a reversal that points here.
 */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry implements GroupData {

    /** The longest reason a correction may carry. */
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "session_id", updatable = false)
    private @Nullable Long sessionId;

    @Column(name = "member_id", updatable = false)
    private @Nullable Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EntryKind kind;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "reverses_entry_id", updatable = false)
    private @Nullable Long reversesEntryId;

    @Column(length = 200, updatable = false)
    private @Nullable String reason;

    @Column(name = "counted_by_member_id", updatable = false)
    private @Nullable Long countedBy;

    @Column(name = "recorded_by_member_id", updatable = false)
    private @Nullable Long recordedBy;

    @Column(name = "booked_by", nullable = false, length = 60, updatable = false)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "idempotency_key", nullable = false, length = 40, updatable = false)
    private String idempotencyKey;

    @Column(name = "loan_id", updatable = false)
    private @Nullable Long loanId;

    @Column(name = "interest_cents", updatable = false)
    private @Nullable Long interestCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private EntrySource source = EntrySource.LIVE;

    /** Who confirmed the paper forms this entry was entered from; null for a live entry. */
    @Column(name = "confirmed_by", length = 60, updatable = false)
    private @Nullable String confirmedBy;

    protected JournalEntry() {}

    private JournalEntry(Builder b) {
        this.groupId = b.groupId;
        this.cycleId = b.cycleId;
        this.sessionId = b.sessionId;
        this.memberId = b.memberId;
        this.kind = b.kind;
        this.amountCents = b.amount.cents();
        this.reversesEntryId = b.reversesEntryId;
        this.reason = b.reason;
        this.countedBy = b.countedBy;
        this.recordedBy = b.recordedBy;
        this.bookedBy = b.bookedBy;
        this.bookedAt = b.bookedAt;
        this.idempotencyKey = b.idempotencyKey;
        this.loanId = b.loanId;
        this.interestCents = b.interest == null ? null : b.interest.cents();
        this.source = b.confirmedBy == null ? EntrySource.LIVE : EntrySource.PAPER;
        this.confirmedBy = b.confirmedBy;
    }

    public static Builder of(EntryKind kind, Money amount) {
        return new Builder(kind, amount);
    }

    /** The reversal of this entry: the same member and kind of money, the opposite amount. */
    public Builder reversal(String reason) {
        Builder b = new Builder(EntryKind.REVERSAL, amount().negate());
        b.groupId = groupId;
        b.cycleId = cycleId;
        b.memberId = memberId;
        b.reversesEntryId = id;
        b.reason = reason;
        b.loanId = loanId;
        b.interest = interestCents == null ? null : interest().negate();
        return b;
    }

    public LedgerLine line() {
        return new LedgerLine(id, kind, memberId, amount(), reversesEntryId, loanId, interest());
    }

    public Money amount() {
        return Money.ofCents(amountCents);
    }

    /** The interest part of a repayment; zero for every other entry. */
    public Money interest() {
        return interestCents == null ? Money.ZERO : Money.ofCents(interestCents);
    }

    public @Nullable Long getLoanId() {
        return loanId;
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

    public @Nullable Long getSessionId() {
        return sessionId;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public @Nullable Long getReversesEntryId() {
        return reversesEntryId;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable Long getCountedBy() {
        return countedBy;
    }

    public @Nullable Long getRecordedBy() {
        return recordedBy;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public EntrySource getSource() {
        return source;
    }

    /** Who confirmed the paper forms; null for a live entry. */
    public @Nullable String getConfirmedBy() {
        return confirmedBy;
    }

    public static final class Builder {
        private final EntryKind kind;
        private final Money amount;
        // Null until set: in(...) and booked(...) set the required ones.
        private @Nullable Long groupId;
        private @Nullable Long cycleId;
        private @Nullable Long sessionId;
        private @Nullable Long memberId;
        private @Nullable Long reversesEntryId;
        private @Nullable String reason;
        private @Nullable Long countedBy;
        private @Nullable Long recordedBy;
        private @Nullable String bookedBy;
        private @Nullable Instant bookedAt;
        private @Nullable String idempotencyKey;
        private @Nullable Long loanId;
        private @Nullable Money interest;
        private @Nullable String confirmedBy;

        private Builder(EntryKind kind, Money amount) {
            this.kind = kind;
            this.amount = amount;
        }

        public Builder in(long groupId, long cycleId, @Nullable Long sessionId) {
            this.groupId = groupId;
            this.cycleId = cycleId;
            this.sessionId = sessionId;
            return this;
        }

        public Builder session(@Nullable Long sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder member(@Nullable Long memberId) {
            this.memberId = memberId;
            return this;
        }

        /** @param interest the interest part of a repayment or settlement; null for other loan entries */
        public Builder loan(long loanId, @Nullable Money interest) {
            this.loanId = loanId;
            this.interest = interest;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder witnessedBy(@Nullable Long countedBy, @Nullable Long recordedBy) {
            this.countedBy = countedBy;
            this.recordedBy = recordedBy;
            return this;
        }

        /**
         * Marks the entry as entered afterwards from a session's paper forms; {@code by} in
         * {@link #booked} is then who entered them.
         */
        public Builder fromPaper(String confirmedBy) {
            this.confirmedBy = confirmedBy;
            return this;
        }

        public JournalEntry booked(String by, Instant at, String idempotencyKey) {
            this.bookedBy = by;
            this.bookedAt = at;
            this.idempotencyKey = idempotencyKey;
            return new JournalEntry(this);
        }
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
