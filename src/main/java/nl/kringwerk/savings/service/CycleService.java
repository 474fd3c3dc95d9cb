package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A savings circle's cycles: the first one and each next one with the group's rules and its
 * planned sessions, the turn to the share-out, and the close once every pot was opened.
 */
@Service
public class CycleService {

    private final GroupService groups;
    private final SessionScopes scopes;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final JournalEntryRepository journal;
    private final Translations translations;
    private final Clock clock;

    CycleService(
            GroupService groups,
            SessionScopes scopes,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            JournalEntryRepository journal,
            Translations translations,
            Clock clock) {
        this.groups = groups;
        this.scopes = scopes;
        this.cycles = cycles;
        this.sessions = sessions;
        this.journal = journal;
        this.translations = translations;
        this.clock = clock;
    }

    @Transactional
    public long startCycle(long groupId, CycleRules rules) {
        return createCycle(groupId, rules).getId();
    }

    /**
     * The group continues: a new cycle right after the closed one, recorded as its continuation.
     * A social fund the previous cycle carried over opens the new cycle's journal.
     *
     * @param leaving members who do not take part any more: they leave the group as the cycle starts
     */
    @Transactional
    public long startNextCycle(long groupId, CycleRules rules, Collection<Long> leaving) {
        groups.requireAccess(groupId);
        Cycle previous = cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("group", "error.no-previous-cycle"));
        if (previous.isOpen()) {
            throw InvalidInputException.of("group", "error.cycle-already-open");
        }
        if (rules.startsOn() != null) {
            leaving.forEach(memberId -> groups.memberLeaves(groupId, memberId, rules.startsOn()));
        }
        Cycle cycle = createCycle(groupId, rules);
        cycle.continues(previous.getId());
        if (previous.carriedOver().isPositive()) {
            journal.save(JournalEntry.of(EntryKind.SOCIAL_FUND_IN, previous.carriedOver())
                    .in(groupId, cycle.getId(), null)
                    .reason(cycleReason(previous.getNumber()))
                    .booked(scopes.username(), scopes.now(), BookingKeys.fresh()));
        }
        cycles.flush();
        return cycle.getId();
    }

    private Cycle createCycle(long groupId, CycleRules rules) {
        GroupFacts group = groups.groupFacts(groupId);
        if (group.type() != GroupType.SAVINGS_CIRCLE) {
            throw InvalidInputException.of("group", "error.not-a-savings-circle");
        }
        if (!group.active()) {
            throw InvalidInputException.of("group", "error.group-ended");
        }
        InvalidInputException.throwIfAny(rules.problems());
        if (cycles.findByGroupIdAndClosedOnIsNull(groupId).isPresent()) {
            throw InvalidInputException.of("group", "error.cycle-already-open");
        }
        int number = cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(c -> c.getNumber() + 1)
                .orElse(1);
        Cycle cycle = cycles.saveAndFlush(new Cycle(groupId, number, rules, clock.instant(), scopes.username()));
        for (LocalDate date : rules.sessionDates(group.meetingDay())) {
            sessions.save(new SavingsSession(cycle.getId(), groupId, date));
        }
        return cycle;
    }

    /** From now on this cycle only shares out: no more savings or loans are booked in it. */
    @Transactional
    public void beginShareOut(long sessionId) {
        SessionScope c = scopes.of(sessionId);
        c.requireOpenSession();
        c.cycle.beginShareOut(clock.instant());
    }

    /**
     * Closes a cycle after its share-out: no session may be open, and once the social fund has
     * left (carried to the next cycle, or spent as the group decided) the box must be empty.
     *
     * @param fundNote what the group decided about the social fund when it was not carried over
     */
    @Transactional
    public void closeCycle(long groupId, boolean carryOver, @Nullable String fundNote) {
        groups.requireAccess(groupId);
        Cycle cycle = cycles.findByGroupIdAndClosedOnIsNull(groupId)
                .orElseThrow(() -> InvalidInputException.of("cycle", "error.cycle-closed"));
        if (!cycle.isSharingOut()) {
            throw InvalidInputException.of("cycle", "error.cycle-not-shared-out");
        }
        if (sessions.findFirstByCycleIdAndStatusOrderByPlannedOnDesc(cycle.getId(), SessionStatus.OPEN)
                .isPresent()) {
            throw InvalidInputException.of("cycle", "error.cycle-session-open");
        }
        Ledger ledger = scopes.ledgerOf(cycle.getId());
        Money fund = ledger.socialFund();
        if (!ledger.box().equals(fund)) {
            throw InvalidInputException.of(
                    "cycle",
                    "error.cycle-box-not-empty",
                    ledger.box().minus(fund).format());
        }
        if (!fund.isZero()) {
            String reason = carryOver ? cycleReason(cycle.getNumber() + 1) : BookingService.checkReason(fundNote);
            journal.save(JournalEntry.of(EntryKind.SOCIAL_FUND_OUT, fund.negate())
                    .in(groupId, cycle.getId(), null)
                    .reason(reason)
                    .booked(scopes.username(), scopes.now(), BookingKeys.fresh()));
        }
        cycle.close(LocalDate.now(clock), carryOver && !fund.isZero() ? fund : null);
    }

    /** The open cycle, or else the latest one; empty when the group never started one. */
    @Transactional(readOnly = true)
    public Optional<CycleOverview> currentCycle(long groupId) {
        groups.requireAccess(groupId);
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(cycle -> {
                    Ledger ledger = scopes.ledgerOf(cycle.getId());
                    List<SessionLine> lines = sessions.findByCycleIdOrderByPlannedOn(cycle.getId()).stream()
                            .map(s -> new SessionLine(s.getId(), s.getPlannedOn(), s.getStatus()))
                            .toList();
                    return new CycleOverview(
                            cycle.getId(),
                            cycle.getNumber(),
                            cycle.rules(),
                            cycle.isOpen(),
                            cycle.isSharingOut(),
                            cycle.getContinuesCycleId() != null,
                            lines,
                            ledger.box(),
                            ledger.totalSavings(),
                            ledger.socialFund(),
                            ledger.loansOutstanding(),
                            ledger.interestEarned());
                });
    }

    /** The journal speaks the group's language, Dutch: "cyclus 2" where a fund moves between cycles. */
    private String cycleReason(int number) {
        return translations.getTranslation("journal.social-fund-cycle", Translations.DUTCH, String.valueOf(number));
    }
}
