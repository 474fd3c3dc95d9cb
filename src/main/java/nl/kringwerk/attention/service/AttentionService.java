package nl.kringwerk.attention.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.attention.domain.AttentionRules;
import nl.kringwerk.attention.domain.AttentionThresholds;
import nl.kringwerk.attention.domain.GroupVitals;
import nl.kringwerk.attention.domain.Signal;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupCard;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleRecord;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which groups may need attention, and why. Only coordinators and facilitators (and the operator)
 * see it, and only for the groups they may open anyway: every group is read through the group's
 * access gate, so another organisation's group or a funder gets nothing.
 */
@Service
public class AttentionService {

    private final GroupService groups;
    private final SavingsFacts savings;
    private final LoanService loans;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttentionService(
            GroupService groups, SavingsFacts savings, LoanService loans, CurrentUser currentUser, Clock clock) {
        this.groups = groups;
        this.savings = savings;
        this.loans = loans;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Her running groups that show one or more signals, by name. */
    @Transactional(readOnly = true)
    public List<GroupAttention> groupsNeedingAttention() {
        SignedInUser user = currentUser.require();
        if (user.role() == Role.FUNDER) {
            // A funder reaches no group-level data by any route: refused, as every other group service.
            throw new NotFoundOrNotAllowedException();
        }
        if (!AccessPolicy.mayReadAttention(user)) {
            return List.of();
        }
        List<GroupAttention> found = new ArrayList<>();
        for (GroupCard card : groups.visibleGroups()) {
            if (card.isActive()) {
                List<Signal> signals = signals(card.id());
                if (!signals.isEmpty()) {
                    found.add(new GroupAttention(card.id(), card.name(), signals));
                }
            }
        }
        return found;
    }

    /** The signals of one group, for its page; empty for a reader who does not see signals. */
    @Transactional(readOnly = true)
    public List<Signal> signalsOf(long groupId) {
        groups.requireAccess(groupId);
        if (!AccessPolicy.mayReadAttention(currentUser.require())) {
            return List.of();
        }
        return signals(groupId);
    }

    private List<Signal> signals(long groupId) {
        return AttentionRules.signals(vitals(groupId), LocalDate.now(clock), AttentionThresholds.DEFAULTS);
    }

    private GroupVitals vitals(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> leftOn = group.members().stream()
                .map(MemberRow::leftOn)
                .filter(d -> d != null)
                .toList();
        boolean hasFacilitator = !groups.groupPage(groupId).facilitators().isEmpty();
        boolean hasOfficer = groups.hasOfficerAccount(groupId);
        Optional<CycleRecord> cycle =
                group.type() == GroupType.SAVINGS_CIRCLE ? savings.latestCycle(groupId) : Optional.empty();
        if (cycle.isEmpty()) {
            return new GroupVitals(
                    today, null, List.of(), List.of(), List.of(), leftOn, null, hasFacilitator, hasOfficer, false);
        }
        CycleRecord record = cycle.get();
        List<SavingsSession> held =
                record.sessions().stream().filter(s -> s.getStatus().wasHeld()).toList();
        List<Integer> present = held.stream()
                .map(s -> savings.session(s.getId()).present().size())
                .toList();
        List<Boolean> cash = held.stream()
                .filter(s -> s.getStatus() == SessionStatus.CLOSED && s.countedCash() != null)
                .map(s -> !s.countedCash().equals(s.expectedCash()))
                .toList();
        List<Integer> missed = loans.loans(groupId).stream()
                .filter(l -> l.status() == LoanStatus.IN_ARREARS)
                .map(LoanLine::account)
                .map(a -> missedInstalments(a, today))
                .toList();
        boolean decisionOpen = record.cycle().isOpen() && !record.cycle().isSharingOut();
        return new GroupVitals(
                record.cycle().getStartedOn(),
                held.stream()
                        .map(SavingsSession::getPlannedOn)
                        .max(LocalDate::compareTo)
                        .orElse(null),
                present,
                missed,
                cash,
                leftOn,
                decisionOpen ? record.cycle().rules().plannedEndOn() : null,
                hasFacilitator,
                hasOfficer,
                true);
    }

    /** How many of the instalments whose date has passed make up what is overdue, the latest first. */
    static int missedInstalments(LoanAccount account, LocalDate today) {
        List<LoanAccount.Instalment> past =
                account.schedule().stream().filter(i -> i.due().isBefore(today)).toList();
        Money left = account.overdue();
        int count = 0;
        for (int i = past.size() - 1; i >= 0 && left.isPositive(); i--) {
            left = left.minus(past.get(i).amount());
            count++;
        }
        return count;
    }
}
