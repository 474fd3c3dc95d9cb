package nl.kringwerk.passbook.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.SavingsGoal;
import nl.kringwerk.passbook.domain.SavingsGoalRepository;
import nl.kringwerk.savings.service.CycleRecord;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Savings goals (spaardoelen), set at the table by an officer or facilitator with the member: one
 * per member per cycle, optional. Every method passes the group's access gate.
 */
@Service
public class Goals {

    private final GroupService groups;
    private final SavingsFacts savings;
    private final SavingsGoalRepository goals;
    private final CurrentUser currentUser;
    private final Clock clock;

    Goals(
            GroupService groups,
            SavingsFacts savings,
            SavingsGoalRepository goals,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.savings = savings;
        this.goals = goals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One row per active member of the group, with her goal in the current cycle if she has one. */
    @Transactional(readOnly = true)
    public List<MemberGoal> goals(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        Optional<CycleRecord> cycle = savings.latestCycle(groupId);
        Map<Long, SavingsGoal> byMember = cycle.map(c -> goals.findByCycleId(c.cycleId()).stream()
                        .collect(Collectors.toMap(SavingsGoal::getMemberId, Function.identity())))
                .orElse(Map.of());
        LocalDate today = LocalDate.now(clock);
        return group.members().stream()
                .filter(MemberRow::isActive)
                .map(m -> {
                    SavingsGoal goal = byMember.get(m.id());
                    return new MemberGoal(
                            m.id(),
                            m.displayName(),
                            goal == null
                                    ? null
                                    : GoalMath.view(goal.details(), cycle.get(), m.id(), today, Money.ZERO));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<GoalView> goal(long groupId, long memberId) {
        requireMember(groupId, memberId);
        return savings.latestCycle(groupId)
                .flatMap(cycle -> goals.findByCycleIdAndMemberId(cycle.cycleId(), memberId)
                        .map(g -> GoalMath.view(g.details(), cycle, memberId, LocalDate.now(clock), Money.ZERO)));
    }

    /**
     * For the group screen at her turn, only when she chose to show it: her goal counting the amount
     * the counters hold up now.
     */
    @Transactional(readOnly = true)
    public Optional<GoalView> atTurn(long groupId, long memberId, Money shownNow) {
        requireMember(groupId, memberId);
        return savings.openCycle(groupId)
                .flatMap(cycle -> goals.findByCycleIdAndMemberId(cycle.cycleId(), memberId)
                        .filter(g -> g.details().showOnScreen())
                        .filter(g -> g.details().amount() != null)
                        .map(g -> GoalMath.view(g.details(), cycle, memberId, LocalDate.now(clock), shownNow)));
    }

    @Transactional
    public void setGoal(long groupId, long memberId, GoalDetails details) {
        requireMember(groupId, memberId);
        InvalidInputException.throwIfAny(details.problems());
        CycleRecord cycle = savings.openCycle(groupId)
                .orElseThrow(() -> InvalidInputException.of("goalName", "goal.error.no-cycle"));
        String by = currentUser.require().getUsername();
        Optional<SavingsGoal> existing = goals.findByCycleIdAndMemberId(cycle.cycleId(), memberId);
        if (existing.isPresent()) {
            existing.get().change(details, clock.instant(), by);
        } else {
            goals.save(new SavingsGoal(groupId, cycle.cycleId(), memberId, details, clock.instant(), by));
        }
    }

    @Transactional
    public void clearGoal(long groupId, long memberId) {
        requireMember(groupId, memberId);
        savings.openCycle(groupId)
                .flatMap(cycle -> goals.findByCycleIdAndMemberId(cycle.cycleId(), memberId))
                .ifPresent(goals::delete);
    }

    private void requireMember(long groupId, long memberId) {
        if (!groups.groupFacts(groupId).hasActiveMember(memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    /** A member of the group and her goal, if she has one. */
    public record MemberGoal(
            long memberId, String name, @Nullable GoalView goal) {}
}
