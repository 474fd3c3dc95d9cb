package nl.kringwerk.savings.domain;

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
import java.time.LocalDate;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.events.GroupData;
import nl.kringwerk.groups.domain.Frequency;
import org.jspecify.annotations.Nullable;

/** A spaarcyclus of one group. Only one is open at a time (a unique index guards it). */
@Entity
@Table(name = "savings_cycle")
public class Cycle implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "planned_end_on", nullable = false)
    private LocalDate plannedEndOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "social_fund_cents")
    private @Nullable Long socialFundCents;

    @Column(name = "max_deposit_cents", nullable = false)
    private long maxDepositCents;

    @Column(name = "default_interest_bp", nullable = false)
    private int defaultInterestBp;

    @Column(name = "multiple_loans", nullable = false)
    private boolean multipleLoans;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_share", nullable = false, length = 20)
    private InterestShare interestShare;

    @Column(name = "fixed_roles", nullable = false)
    private boolean fixedRoles;

    @Column(name = "continues_cycle_id")
    private @Nullable Long continuesCycleId;

    @Column(name = "sharing_out_since")
    private @Nullable Instant sharingOutSince;

    @Column(name = "carried_over_cents")
    private @Nullable Long carriedOverCents;

    @Column(name = "loan_cap_multiple", nullable = false)
    private int loanCapMultiple;

    @Column(name = "max_loan_weeks", nullable = false)
    private int maxLoanWeeks;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected Cycle() {}

    /** @param rules checked with {@link CycleRules#problems()} */
    public Cycle(long groupId, int number, CycleRules rules, Instant createdAt, String createdBy) {
        this.groupId = groupId;
        this.number = number;
        this.startedOn = rules.startsOn();
        this.plannedEndOn = rules.plannedEndOn();
        this.frequency = rules.frequency();
        this.socialFundCents = rules.socialFundPerSession() == null
                ? null
                : rules.socialFundPerSession().cents();
        this.maxDepositCents = rules.maxDeposit().cents();
        this.defaultInterestBp = rules.defaultInterestBp();
        this.multipleLoans = rules.multipleLoans();
        this.interestShare = rules.interestShare();
        this.fixedRoles = rules.fixedRoles();
        this.loanCapMultiple = rules.loanCapMultiple();
        this.maxLoanWeeks = rules.maxLoanWeeks();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public CycleRules rules() {
        return new CycleRules(
                startedOn,
                plannedEndOn,
                frequency,
                socialFundCents == null ? null : Money.ofCents(socialFundCents),
                Money.ofCents(maxDepositCents),
                defaultInterestBp,
                loanCapMultiple,
                maxLoanWeeks,
                multipleLoans,
                interestShare,
                fixedRoles);
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** The group continued: this cycle follows the given one. */
    public void continues(long previousCycleId) {
        this.continuesCycleId = previousCycleId;
    }

    /** From now on only the share-out books in this cycle. */
    public void beginShareOut(Instant at) {
        if (sharingOutSince == null) {
            sharingOutSince = at;
        }
    }

    /** Savings and loans stop once the cycle shares out; only the pots are opened then. */
    public void requireNotSharingOut() {
        if (isSharingOut()) {
            throw InvalidInputException.of("session", "error.cycle-sharing-out");
        }
    }

    public boolean isSharingOut() {
        return sharingOutSince != null;
    }

    /** @param carriedOver the social fund handed to the next cycle; null when none was carried */
    public void close(LocalDate on, @Nullable Money carriedOver) {
        this.closedOn = on;
        this.carriedOverCents = carriedOver == null ? null : carriedOver.cents();
    }

    public Money carriedOver() {
        return carriedOverCents == null ? Money.ZERO : Money.ofCents(carriedOverCents);
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable Long getContinuesCycleId() {
        return continuesCycleId;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getNumber() {
        return number;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
