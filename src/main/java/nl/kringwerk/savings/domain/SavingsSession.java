package nl.kringwerk.savings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.events.GroupData;
import nl.kringwerk.sessions.domain.Rescheduling;
import org.jspecify.annotations.Nullable;

/** One bijeenkomst of a savings cycle: planned, opened with its roles, closed after the box count. */
@Entity
@Table(name = "savings_session")
public class SavingsSession implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "chair_member_id")
    private @Nullable Long chair;

    @Column(name = "bookkeeper_member_id")
    private @Nullable Long bookkeeper;

    @Column(name = "counter1_member_id")
    private @Nullable Long counter1;

    @Column(name = "counter2_member_id")
    private @Nullable Long counter2;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    @Column(name = "opened_by", length = 60)
    private @Nullable String openedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private @Nullable String closedBy;

    @Column(name = "counted_cash_cents")
    private @Nullable Long countedCashCents;

    @Column(name = "expected_cash_cents")
    private @Nullable Long expectedCashCents;

    @Embedded
    private Rescheduling rescheduling = new Rescheduling();

    @Version
    private long version;

    protected SavingsSession() {}

    public SavingsSession(long cycleId, long groupId, LocalDate plannedOn) {
        this.cycleId = cycleId;
        this.groupId = groupId;
        this.plannedOn = plannedOn;
    }

    /** @param roles checked with {@link SessionRoles#problems} */
    public void open(SessionRoles roles, Instant at, String by) {
        if (status != SessionStatus.PLANNED) {
            throw new IllegalStateException("Only a planned session can be opened");
        }
        assign(roles);
        this.status = SessionStatus.OPEN;
        this.openedAt = at;
        this.openedBy = by;
    }

    /** Roles may change hands during an open session (someone has to leave early). */
    public void assign(SessionRoles roles) {
        this.chair = roles.chair();
        this.bookkeeper = roles.bookkeeper();
        this.counter1 = roles.counter1();
        this.counter2 = roles.counter2();
    }

    public void close(Money counted, Money expected, Instant at, String by) {
        if (status != SessionStatus.OPEN) {
            throw new IllegalStateException("Only an open session can be closed");
        }
        this.countedCashCents = counted.cents();
        this.expectedCashCents = expected.cents();
        this.status = SessionStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    public SessionRoles roles() {
        return new SessionRoles(chair, bookkeeper, counter1, counter2);
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    /** Null until the session is closed. */
    public @Nullable Money countedCash() {
        return countedCashCents == null ? null : Money.ofCents(countedCashCents);
    }

    /** Null until the session is closed. */
    public @Nullable Money expectedCash() {
        return expectedCashCents == null ? null : Money.ofCents(expectedCashCents);
    }

    /** Checked with {@code CalendarChange}. */
    public void moveTo(LocalDate day, String reason) {
        rescheduling.moved(plannedOn, reason);
        plannedOn = day;
    }

    public void cancel(String reason) {
        status = SessionStatus.CANCELLED;
        rescheduling.cancelled(reason);
    }

    public void markExtra() {
        rescheduling.markExtra();
    }

    public Rescheduling rescheduling() {
        return rescheduling;
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
