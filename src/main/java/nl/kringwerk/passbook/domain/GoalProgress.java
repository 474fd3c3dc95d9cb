package nl.kringwerk.passbook.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;

/**
 * How far she is with her goal, and what she would need to save at each session that is left to
 * reach it by the share-out.
 *
 * @param toGo             what is still missing (zero once reached)
 * @param percent          0-100, rounded down
 * @param sessionsLeft     sessions of the cycle at which she can still save
 * @param neededPerSession the least whole-cent amount that, saved at every session left, reaches the goal;
 *     null when no session is left and the goal is not reached
 */
public record GoalProgress(
        Money goal,
        Money saved,
        Money toGo,
        int percent,
        int sessionsLeft,
        @Nullable Money neededPerSession) {

    public static GoalProgress of(Money goal, Money saved, int sessionsLeft) {
        if (!goal.isPositive()) {
            throw new IllegalArgumentException("A goal amount is positive");
        }
        Money toGo = goal.minus(saved).max(Money.ZERO);
        long percent = Math.min(100, Math.max(0, saved.cents()) * 100 / goal.cents());
        Money needed;
        if (toGo.isZero()) {
            needed = Money.ZERO;
        } else if (sessionsLeft <= 0) {
            needed = null;
        } else {
            needed = Money.ofCents(-Math.floorDiv(-toGo.cents(), (long) sessionsLeft));
        }
        return new GoalProgress(goal, saved, toGo, (int) percent, Math.max(0, sessionsLeft), needed);
    }

    public boolean reached() {
        return toGo.isZero();
    }

    /** A session of the cycle as far as saving at it is concerned. */
    public record Slot(long sessionId, LocalDate date, SessionStatus status) {}

    /**
     * The sessions at which she can still save: planned ones from today on, and one that is open now
     * where she has not had her turn yet. None once the share-out has begun.
     */
    public static int sessionsLeft(
            List<Slot> sessions, Collection<Long> sessionsWithHerTurn, LocalDate today, boolean sharingOut) {
        if (sharingOut) {
            return 0;
        }
        return (int) sessions.stream()
                .filter(s -> (s.status() == SessionStatus.PLANNED && !s.date().isBefore(today))
                        || (s.status() == SessionStatus.OPEN && !sessionsWithHerTurn.contains(s.sessionId())))
                .count();
    }
}
