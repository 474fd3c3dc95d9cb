package nl.kringwerk.passbook.domain;

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
import org.jspecify.annotations.Nullable;

/** Her spaardoel for one cycle: a short name, an optional amount, a pictogram. */
@Entity
@Table(name = "savings_goal")
public class SavingsGoal {

    public static final int MAX_NAME = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "amount_cents")
    private @Nullable Long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Pictogram pictogram;

    @Column(name = "show_on_screen", nullable = false)
    private boolean showOnScreen;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    protected SavingsGoal() {}

    public SavingsGoal(long groupId, long cycleId, long memberId, GoalDetails details, Instant at, String by) {
        this.groupId = groupId;
        this.cycleId = cycleId;
        this.memberId = memberId;
        change(details, at, by);
    }

    public void change(GoalDetails details, Instant at, String by) {
        this.name = details.name();
        this.amountCents = details.amount() == null ? null : details.amount().cents();
        this.pictogram = details.pictogram();
        this.showOnScreen = details.showOnScreen();
        this.setAt = at;
        this.setBy = by;
    }

    public GoalDetails details() {
        return new GoalDetails(name, amountCents == null ? null : Money.ofCents(amountCents), pictogram, showOnScreen);
    }

    public long getMemberId() {
        return memberId;
    }

    public long getCycleId() {
        return cycleId;
    }
}
