package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Attendance;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.RoleChange;
import nl.kringwerk.savings.domain.RoleChangeRepository;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.RolePlan;
import nl.kringwerk.sessions.domain.RotationPlanner;
import nl.kringwerk.sessions.domain.SessionRole;
import nl.kringwerk.sessions.domain.TaskOptOutRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The savings session: cycles, attendance, roles and the journal the counting ritual writes.
 * Every method first opens the group through {@link GroupService}, which checks that the current
 * user may work with it. Bookings carry an idempotency key: the same key books once and gives the
 * same entry back, whether it comes from a double click, a retry or a second device.
 */
@Service
public class SavingsService {

    public static final int MAX_REASON = 200;

    private final GroupService groups;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final JournalEntryRepository journal;
    private final RoleChangeRepository roleChanges;
    private final TaskOptOutRepository optOuts;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SavingsService(
            GroupService groups,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            AttendanceRepository attendance,
            JournalEntryRepository journal,
            RoleChangeRepository roleChanges,
            TaskOptOutRepository optOuts,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.roleChanges = roleChanges;
        this.optOuts = optOuts;
        this.groups = groups;
        this.cycles = cycles;
        this.sessions = sessions;
        this.attendance = attendance;
        this.journal = journal;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A fresh key, made when a confirm dialog opens; it travels with the confirmation. */
    public String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    // --- cycles ---------------------------------------------------------------------------------

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
                    .reason("cyclus " + previous.getNumber())
                    .booked(username(), now(), newIdempotencyKey()));
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
        Cycle cycle = cycles.saveAndFlush(new Cycle(groupId, number, rules, clock.instant(), username()));
        for (var date : rules.sessionDates()) {
            sessions.save(new SavingsSession(cycle.getId(), groupId, date));
        }
        return cycle;
    }

    /** From now on this cycle only shares out: no more savings or loans are booked in it. */
    @Transactional
    public void beginShareOut(long sessionId) {
        Context c = context(sessionId);
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
    public void closeCycle(long groupId, boolean carryOver, String fundNote) {
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
        Ledger ledger = ledger(cycle.getId());
        Money fund = ledger.socialFund();
        if (!ledger.box().equals(fund)) {
            throw InvalidInputException.of(
                    "cycle",
                    "error.cycle-box-not-empty",
                    ledger.box().minus(fund).format());
        }
        if (!fund.isZero()) {
            String reason = carryOver ? "cyclus " + (cycle.getNumber() + 1) : checkReason(fundNote);
            journal.save(JournalEntry.of(EntryKind.SOCIAL_FUND_OUT, fund.negate())
                    .in(groupId, cycle.getId(), null)
                    .reason(reason)
                    .booked(username(), now(), newIdempotencyKey()));
        }
        cycle.close(clock.instant().atZone(clock.getZone()).toLocalDate(), carryOver && !fund.isZero() ? fund : null);
    }

    /** The open cycle, or else the latest one; empty when the group never started one. */
    @Transactional(readOnly = true)
    public Optional<CycleOverview> currentCycle(long groupId) {
        groups.requireAccess(groupId);
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(cycle -> {
                    Ledger ledger = ledger(cycle.getId());
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

    // --- attendance and roles -------------------------------------------------------------------

    @Transactional
    public void markAttendance(long sessionId, long memberId, AttendanceStatus status) {
        Context c = context(sessionId);
        c.requireNotClosed();
        if (!c.group.hasActiveMember(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        if (status == null) {
            throw InvalidInputException.of("status", "error.required");
        }
        if (status != AttendanceStatus.PRESENT
                && c.session.isOpen()
                && c.session.roles().includes(memberId)) {
            throw InvalidInputException.of("member", "error.member-has-role");
        }
        Instant now = clock.instant();
        attendance
                .findBySessionIdAndMemberId(sessionId, memberId)
                .ifPresentOrElse(
                        a -> a.mark(status, now, username()),
                        () -> attendance.save(new Attendance(sessionId, memberId, status, now, username())));
    }

    /** The member ticks the presentielijst: her signature for this session. */
    @Transactional
    public void sign(long sessionId, long memberId) {
        Context c = context(sessionId);
        c.requireNotClosed();
        Attendance line = attendance
                .findBySessionIdAndMemberId(sessionId, memberId)
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .orElseThrow(() -> InvalidInputException.of("member", "error.member-not-present"));
        line.sign(clock.instant());
    }

    @Transactional
    public void openSession(long sessionId, SessionRoles roles) {
        Context c = context(sessionId);
        c.requireCycleOpen();
        if (c.session.getStatus() != SessionStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        boolean anotherOpen = sessions.findFirstByCycleIdAndStatusOrderByPlannedOnDesc(
                        c.cycle.getId(), SessionStatus.OPEN)
                .isPresent();
        if (anotherOpen) {
            throw InvalidInputException.of("session", "error.other-session-open");
        }
        InvalidInputException.throwIfAny(roles.problems(presentMembers(sessionId)));
        c.session.open(roles, clock.instant(), username());
    }

    /**
     * A fair suggestion for today's tasks: the rotation continues from the cycle's earlier sessions,
     * and whoever is not here is replaced by the next one present. Empty when fewer than four are here.
     */
    @Transactional(readOnly = true)
    public Optional<SessionRoles> suggestedRoles(long sessionId) {
        Context c = context(sessionId);
        List<Long> present = presentMembers(sessionId);
        if (present.size() < 4) {
            return Optional.empty();
        }
        List<Long> circle = c.group.members().stream()
                .filter(m -> m.isActive())
                .map(m -> m.id())
                .toList();
        List<RolePlan> history = sessions.findByCycleIdOrderByPlannedOn(c.cycle.getId()).stream()
                .filter(x -> (x.getStatus() == SessionStatus.OPEN || x.getStatus() == SessionStatus.CLOSED)
                        && !x.getId().equals(sessionId))
                .map(x -> toPlan(x.roles()))
                .toList();
        List<Long> optedOut = optedOut(c.group.id());
        RolePlan next = c.cycle.rules().fixedRoles() && !history.isEmpty()
                ? history.get(0)
                : RotationPlanner.plan(circle, optedOut, 1, 0, history).get(0);
        RolePlan today = RotationPlanner.replaceAbsent(next, circle, present, optedOut);
        return Optional.of(new SessionRoles(
                today.holder(SessionRole.CHAIR),
                today.holder(SessionRole.BOOKKEEPER),
                today.holder(SessionRole.COUNTER_1),
                today.holder(SessionRole.COUNTER_2)));
    }

    /**
     * The tasks: how often each member held each one in all the group's sessions, and the fair plan
     * for the next planned sessions of the cycle, continuing the rotation. The plan is a proposal:
     * on the day, whoever is absent is replaced, and the group may change anything.
     */
    @Transactional(readOnly = true)
    public RoleOverview roles(long groupId, int ahead) {
        GroupFacts group = groups.groupFacts(groupId);
        List<SavingsSession> all = sessions.findByGroupIdOrderByPlannedOn(groupId);
        List<RolePlan> held = all.stream()
                .filter(s -> s.getStatus() == SessionStatus.OPEN || s.getStatus() == SessionStatus.CLOSED)
                .map(s -> toPlan(s.roles()))
                .toList();
        Map<Long, Map<SessionRole, Integer>> times = new HashMap<>();
        held.forEach(plan -> plan.holders()
                .forEach((role, member) -> times.computeIfAbsent(member, m -> new EnumMap<>(SessionRole.class))
                        .merge(role, 1, Integer::sum)));
        List<RoleOverview.Held> history = group.members().stream()
                .filter(m -> m.isActive() || times.containsKey(m.id()))
                .map(m -> new RoleOverview.Held(m.id(), m.displayName(), times.getOrDefault(m.id(), Map.of())))
                .sorted(Comparator.comparing(RoleOverview.Held::name))
                .toList();
        List<Long> circle = group.members().stream()
                .filter(m -> m.isActive())
                .map(m -> m.id())
                .toList();
        Optional<Cycle> open = cycles.findByGroupIdAndClosedOnIsNull(groupId);
        List<SavingsSession> coming = open.map(c -> sessions.findByCycleIdOrderByPlannedOn(c.getId()).stream()
                        .filter(s -> s.getStatus() == SessionStatus.PLANNED)
                        .limit(ahead)
                        .toList())
                .orElse(List.of());
        // With fixed tasks, the first session of the cycle sets them for every session.
        Optional<RolePlan> fixed = open.filter(c -> c.rules().fixedRoles())
                .flatMap(c -> sessions.findByCycleIdOrderByPlannedOn(c.getId()).stream()
                        .filter(s -> s.getStatus() == SessionStatus.OPEN || s.getStatus() == SessionStatus.CLOSED)
                        .findFirst()
                        .map(s -> toPlan(s.roles())));
        List<RoleOverview.Planned> plan = new ArrayList<>();
        if (!coming.isEmpty() && circle.size() - optedOut(groupId).size() >= 4) {
            List<RolePlan> next = fixed.isPresent()
                    ? Collections.nCopies(coming.size(), fixed.get())
                    : RotationPlanner.plan(circle, optedOut(groupId), coming.size(), 0, held);
            for (int i = 0; i < coming.size(); i++) {
                Map<SessionRole, String> names = new EnumMap<>(SessionRole.class);
                next.get(i).holders().forEach((role, member) -> names.put(role, group.nameOf(member)));
                plan.add(new RoleOverview.Planned(
                        coming.get(i).getId(), coming.get(i).getPlannedOn(), names));
            }
        }
        Map<Long, LocalDate> dates =
                all.stream().collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn));
        List<RoleOverview.Swap> swaps = roleChanges.findBySessionIdInOrderByChangedAt(dates.keySet()).stream()
                .map(rc -> new RoleOverview.Swap(
                        dates.get(rc.getSessionId()),
                        rc.getRole(),
                        rc.getFromMember() == null ? "" : group.nameOf(rc.getFromMember()),
                        group.nameOf(rc.getToMember()),
                        rc.getChangedBy()))
                .toList();
        return new RoleOverview(group.name(), history, plan, swaps);
    }

    private List<Long> optedOut(long groupId) {
        return optOuts.findByGroupId(groupId).stream().map(o -> o.getMemberId()).toList();
    }

    private static RolePlan toPlan(SessionRoles roles) {
        Map<SessionRole, Long> holders = new EnumMap<>(SessionRole.class);
        holders.put(SessionRole.CHAIR, roles.chair());
        holders.put(SessionRole.BOOKKEEPER, roles.bookkeeper());
        holders.put(SessionRole.COUNTER_1, roles.counter1());
        holders.put(SessionRole.COUNTER_2, roles.counter2());
        holders.values().removeIf(Objects::isNull);
        return new RolePlan(holders);
    }

    @Transactional
    public void changeRoles(long sessionId, SessionRoles roles) {
        Context c = context(sessionId);
        c.requireOpenSession();
        InvalidInputException.throwIfAny(roles.problems(presentMembers(sessionId)));
        Map<SessionRole, Long> before = toPlan(c.session.roles()).holders();
        Instant now = clock.instant();
        toPlan(roles).holders().forEach((role, member) -> {
            if (!member.equals(before.get(role))) {
                roleChanges.save(new RoleChange(sessionId, role, before.get(role), member, now, username()));
            }
        });
        c.session.assign(roles);
    }

    // --- the counting ritual --------------------------------------------------------------------

    /**
     * Books a member's savings after the group said "Ja, gezien". The amount is what the counter
     * typed; it is checked here, and nothing is written when it is wrong.
     */
    public EntryLine bookDeposit(long sessionId, long memberId, String amountText, String idempotencyKey) {
        return bookDeposit(sessionId, memberId, amountText, null, idempotencyKey);
    }

    /** @param countedBy which of today's two counters counted; null means the first counter */
    public EntryLine bookDeposit(
            long sessionId, long memberId, String amountText, Long countedBy, String idempotencyKey) {
        return book(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            Money amount = Money.parse(amountText);
            if (amount.isZero()) {
                throw InvalidInputException.of("amount", "error.amount-zero");
            }
            Money max = c.cycle.rules().maxDeposit();
            if (amount.isGreaterThan(max)) {
                throw InvalidInputException.of("amount", "error.amount-above-max", max.format());
            }
            c.requireBookable(memberId);
            c.requireNoTurnYet(memberId);
            return c.entry(EntryKind.DEPOSIT, amount)
                    .member(memberId)
                    .witnessedBy(c.counter(countedBy), c.session.roles().bookkeeper());
        });
    }

    /** She saved nothing this time: recorded as such, without judgement. */
    public EntryLine bookNoSaving(long sessionId, long memberId, String idempotencyKey) {
        return book(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            c.requireBookable(memberId);
            c.requireNoTurnYet(memberId);
            return c.entry(EntryKind.NO_SAVING, Money.ZERO).member(memberId);
        });
    }

    public EntryLine bookSocialFund(long sessionId, long memberId, String idempotencyKey) {
        return book(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            Money contribution = c.cycle.rules().socialFundPerSession();
            if (contribution == null) {
                throw InvalidInputException.of("amount", "error.no-social-fund");
            }
            c.requireBookable(memberId);
            if (c.bookedToday(memberId, EnumSet.of(EntryKind.SOCIAL_FUND))) {
                throw InvalidInputException.of("member", "error.social-fund-paid");
            }
            return c.entry(EntryKind.SOCIAL_FUND, contribution).member(memberId);
        });
    }

    /**
     * Undoes an entry of this cycle with a reversal in the open session. The original stays
     * visible, marked as reversed. An entry is reversed at most once.
     */
    public EntryLine reverse(long sessionId, long entryId, String reason, String idempotencyKey) {
        return book(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            c.requireOpenSession();
            JournalEntry original = journal.findById(entryId)
                    .filter(e -> e.getCycleId().equals(c.cycle.getId()))
                    .orElseThrow(NotFoundOrNotAllowedException::new);
            String cleaned = checkReason(reason);
            if (original.getKind() == EntryKind.REVERSAL) {
                throw InvalidInputException.of("entry", "error.cannot-reverse-reversal");
            }
            if (original.getKind().isShareOut()) {
                throw InvalidInputException.of("entry", "error.cannot-reverse-share-out");
            }
            List<JournalEntry> cycleEntries = journal.findByCycleIdOrderById(c.cycle.getId());
            Ledger ledger = Ledger.of(cycleEntries);
            if (ledger.isReversed(entryId)) {
                throw InvalidInputException.of("entry", "error.already-reversed");
            }
            if (original.getKind() == EntryKind.LOAN_OUT
                    && cycleEntries.stream()
                            .anyMatch(e -> e.getKind() == EntryKind.LOAN_REPAYMENT
                                    && original.getLoanId().equals(e.getLoanId())
                                    && !ledger.isReversed(e.getId()))) {
                throw InvalidInputException.of("entry", "error.loan-reverse-repayments-first");
            }
            return original.reversal(cleaned)
                    .session(sessionId)
                    .witnessedBy(c.session.roles().counter1(), c.session.roles().bookkeeper());
        });
    }

    /**
     * The box was counted and differs from what the ledger expects: the difference is booked
     * openly, with a reason, so the session can close.
     */
    public EntryLine bookCashDifference(long sessionId, String countedText, String reason, String idempotencyKey) {
        return book(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            c.requireOpenSession();
            if (c.cycle.isSharingOut()) {
                throw InvalidInputException.of("counted", "error.cycle-sharing-out");
            }
            Money counted = Money.parse(countedText);
            String cleaned = checkReason(reason);
            Money difference = counted.minus(ledger(c.cycle.getId()).box());
            if (difference.isZero()) {
                throw InvalidInputException.of("counted", "error.no-cash-difference");
            }
            return c.entry(EntryKind.CASH_DIFFERENCE, difference).reason(cleaned);
        });
    }

    /** Closes the session when the counted box equals the ledger. Closing twice is harmless. */
    @Transactional
    public void closeSession(long sessionId, String countedText) {
        Context c = context(sessionId);
        if (c.session.getStatus() == SessionStatus.CLOSED) {
            return;
        }
        c.requireOpenSession();
        Money counted;
        try {
            counted = Money.parse(countedText);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("counted", e.problems().get(0).messageKey());
        }
        Money expected = ledger(c.cycle.getId()).box();
        if (!counted.equals(expected)) {
            throw InvalidInputException.of(
                    "counted",
                    "error.cash-difference-unexplained",
                    counted.minus(expected).format());
        }
        c.session.close(counted, expected, clock.instant(), username());
    }

    /**
     * Books entries that another feature prepares (loans, the share-out) under the same guarantees
     * as a deposit: the session row is locked, the key books once, the rule sees the journal as it
     * is now. The first entry carries the key; further entries carry the key with "/2", "/3"...
     *
     * @return the first entry
     */
    public EntryLine bookEntries(
            long sessionId, String idempotencyKey, Function<BookingContext, List<JournalEntry.Builder>> prepare) {
        return bookAll(sessionId, idempotencyKey, () -> {
            Context c = context(sessionId);
            c.requireOpenSession();
            List<JournalEntry> entries = journal.findByCycleIdOrderById(c.cycle.getId());
            return prepare.apply(new BookingContext(
                    c.group,
                    c.cycle.getId(),
                    c.cycle.rules(),
                    c.cycle.isSharingOut(),
                    sessionId,
                    c.session.getPlannedOn(),
                    c.session.roles(),
                    presentMembers(sessionId),
                    entries,
                    Ledger.of(entries)));
        });
    }

    // --- what the group sees --------------------------------------------------------------------

    @Transactional(readOnly = true)
    public MeetingState meeting(long sessionId) {
        Context c = context(sessionId);
        Map<Long, Attendance> marks = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getMemberId, Function.identity()));
        List<AttendanceLine> lines = c.group.members().stream()
                .filter(m -> m.isActive() || marks.containsKey(m.id()))
                .map(m -> {
                    Attendance a = marks.get(m.id());
                    return new AttendanceLine(
                            m.id(), m.displayName(), a == null ? null : a.getStatus(), a != null && a.isSigned());
                })
                .sorted(Comparator.comparing(AttendanceLine::name))
                .toList();
        List<JournalEntry> cycleEntries = journal.findByCycleIdOrderById(c.cycle.getId());
        Ledger ledger = Ledger.of(cycleEntries);
        List<EntryLine> today = cycleEntries.stream()
                .filter(e -> e.getSessionId() != null && e.getSessionId() == sessionId)
                .map(e -> line(e, ledger, c.group))
                .toList();
        Money todayIn = cycleEntries.stream()
                .filter(e -> e.getSessionId() != null && e.getSessionId() == sessionId)
                .map(JournalEntry::amount)
                .reduce(Money.ZERO, Money::plus);
        return new MeetingState(
                sessionId,
                c.group.id(),
                c.group.name(),
                c.cycle.getNumber(),
                c.session.getPlannedOn(),
                c.session.getStatus(),
                c.cycle.isOpen(),
                c.cycle.isSharingOut(),
                c.session.roles(),
                lines,
                today,
                todayIn,
                ledger.box(),
                c.cycle.rules().socialFundPerSession(),
                c.cycle.rules().maxDeposit(),
                c.session.countedCash());
    }

    /** Every entry of the group's current cycle, open to every member (transparency). */
    @Transactional(readOnly = true)
    public List<EntryLine> cycleJournal(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(cycle -> {
                    List<JournalEntry> entries = journal.findByCycleIdOrderById(cycle.getId());
                    Ledger ledger = Ledger.of(entries);
                    return entries.stream().map(e -> line(e, ledger, group)).toList();
                })
                .orElse(List.of());
    }

    /** The spaaroverzicht of the current cycle. */
    @Transactional(readOnly = true)
    public SavingsOverview overview(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        Optional<Cycle> cycle =
                cycles.findByGroupIdOrderByNumberDesc(groupId).stream().findFirst();
        if (cycle.isEmpty()) {
            return new SavingsOverview(group.name(), List.of(), List.of(), Map.of(), Money.ZERO);
        }
        List<SessionLine> held = sessions
                .findByCycleIdOrderByPlannedOn(cycle.get().getId())
                .stream()
                .filter(x -> x.getStatus() != SessionStatus.PLANNED)
                .map(x -> new SessionLine(x.getId(), x.getPlannedOn(), x.getStatus()))
                .toList();
        List<JournalEntry> entries = journal.findByCycleIdOrderById(cycle.get().getId());
        Ledger ledger = Ledger.of(entries);
        Map<Long, Map<Long, Money>> cells = new HashMap<>();
        Map<Long, Money> sessionTotals = new HashMap<>();
        for (JournalEntry e : entries) {
            EntryKind counted = ledger.accountedAs(e.line());
            if ((counted == EntryKind.DEPOSIT || counted == EntryKind.NO_SAVING) && e.getSessionId() != null) {
                cells.computeIfAbsent(e.getMemberId(), m -> new HashMap<>())
                        .merge(e.getSessionId(), e.amount(), Money::plus);
                sessionTotals.merge(e.getSessionId(), e.amount(), Money::plus);
            }
        }
        List<SavingsOverview.Row> rows = group.members().stream()
                .filter(m -> m.isActive() || cells.containsKey(m.id()))
                .map(m -> new SavingsOverview.Row(
                        m.id(), m.displayName(), cells.getOrDefault(m.id(), Map.of()), ledger.savingsOf(m.id())))
                .toList();
        return new SavingsOverview(group.name(), held, rows, sessionTotals, ledger.totalSavings());
    }

    /** One member's spaarboekje in the current cycle: her own savings and running total. */
    @Transactional(readOnly = true)
    public List<PassbookLine> passbook(long groupId, long memberId) {
        GroupFacts group = groups.groupFacts(groupId);
        if (group.members().stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
        Optional<Cycle> cycle =
                cycles.findByGroupIdOrderByNumberDesc(groupId).stream().findFirst();
        if (cycle.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> dates = sessions
                .findByCycleIdOrderByPlannedOn(cycle.get().getId())
                .stream()
                .collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn));
        List<JournalEntry> entries = journal.findByCycleIdOrderById(cycle.get().getId());
        Ledger ledger = Ledger.of(entries);
        List<PassbookLine> lines = new ArrayList<>();
        Money running = Money.ZERO;
        for (JournalEntry e : entries) {
            if (e.getMemberId() == null || e.getMemberId() != memberId) {
                continue;
            }
            EntryKind counted = ledger.accountedAs(e.line());
            if (counted == EntryKind.DEPOSIT || counted == EntryKind.NO_SAVING) {
                running = running.plus(e.amount());
                lines.add(
                        new PassbookLine(dates.get(e.getSessionId()), e.getKind(), e.amount(), e.getReason(), running));
            }
        }
        return lines;
    }

    // --- internals ------------------------------------------------------------------------------

    /**
     * Runs a booking in its own transaction, holding the session's row lock. If the key was used
     * before, the earlier entry is the answer; the unique index on the key is the last guard.
     */
    private EntryLine book(long sessionId, String idempotencyKey, Supplier<JournalEntry.Builder> prepare) {
        return bookAll(sessionId, idempotencyKey, () -> List.of(prepare.get()));
    }

    private EntryLine bookAll(long sessionId, String idempotencyKey, Supplier<List<JournalEntry.Builder>> prepare) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 36) {
            throw new IllegalArgumentException("A booking needs an idempotency key of at most 36 characters");
        }
        Optional<EntryLine> earlier = transaction.execute(tx -> answerFor(idempotencyKey));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(tx -> {
                // Bookings of one session wait for each other; whoever waited first checks whether
                // the same confirmation was booked meanwhile, and then the session's rules.
                sessions.lockById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
                Optional<EntryLine> meanwhile = answerFor(idempotencyKey);
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
                Instant now = now();
                List<JournalEntry.Builder> entries = prepare.get();
                if (entries.isEmpty()) {
                    throw new IllegalStateException("A booking writes at least one entry");
                }
                for (int i = 0; i < entries.size(); i++) {
                    journal.save(entries.get(i)
                            .booked(username(), now, i == 0 ? idempotencyKey : idempotencyKey + "/" + (i + 1)));
                }
                journal.flush();
                return answerFor(idempotencyKey).orElseThrow();
            });
        } catch (DataIntegrityViolationException race) {
            return transaction
                    .execute(tx -> answerFor(idempotencyKey))
                    .orElseThrow(() -> InvalidInputException.of("entry", "error.already-reversed"));
        }
    }

    private Optional<EntryLine> answerFor(String idempotencyKey) {
        return journal.findByIdempotencyKey(idempotencyKey).map(entry -> {
            GroupFacts group = groups.groupFacts(entry.getGroupId());
            return line(entry, ledger(entry.getCycleId()), group);
        });
    }

    /** MariaDB keeps microseconds: a retry must read back exactly what the first answer said. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String checkReason(String reason) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "reason", reason, MAX_REASON);
        InvalidInputException.throwIfAny(problems);
        return Texts.clean(reason);
    }

    private Ledger ledger(long cycleId) {
        return Ledger.of(journal.findByCycleIdOrderById(cycleId));
    }

    private List<Long> presentMembers(long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .map(Attendance::getMemberId)
                .toList();
    }

    private EntryLine line(JournalEntry e, Ledger ledger, GroupFacts group) {
        return new EntryLine(
                e.getId(),
                e.getSessionId(),
                e.getKind(),
                e.getMemberId(),
                e.getMemberId() == null ? null : group.nameOf(e.getMemberId()),
                e.amount(),
                e.getReversesEntryId(),
                ledger.isReversed(e.getId()),
                e.getReason(),
                e.getCountedBy() == null ? null : group.nameOf(e.getCountedBy()),
                e.getRecordedBy() == null ? null : group.nameOf(e.getRecordedBy()),
                e.getBookedBy(),
                e.getBookedAt());
    }

    private String username() {
        return currentUser.require().getUsername();
    }

    /** A session with its cycle and group, after the access check on the group. */
    private Context context(long sessionId) {
        return contextOf(sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new));
    }

    private Context contextOf(SavingsSession session) {
        GroupFacts group = groups.groupFacts(session.getGroupId());
        Cycle cycle = cycles.findById(session.getCycleId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return new Context(session, cycle, group);
    }

    private final class Context {
        final SavingsSession session;
        final Cycle cycle;
        final GroupFacts group;

        Context(SavingsSession session, Cycle cycle, GroupFacts group) {
            this.session = session;
            this.cycle = cycle;
            this.group = group;
        }

        void requireCycleOpen() {
            if (!cycle.isOpen()) {
                throw InvalidInputException.of("session", "error.cycle-closed");
            }
        }

        void requireNotClosed() {
            requireCycleOpen();
            if (session.getStatus() == SessionStatus.CLOSED) {
                throw InvalidInputException.of("session", "error.session-closed");
            }
        }

        void requireOpenSession() {
            requireCycleOpen();
            if (session.getStatus() == SessionStatus.CLOSED) {
                throw InvalidInputException.of("session", "error.session-closed");
            }
            if (session.getStatus() != SessionStatus.OPEN) {
                throw InvalidInputException.of("session", "error.session-not-open");
            }
        }

        void requireBookable(long memberId) {
            requireOpenSession();
            if (cycle.isSharingOut()) {
                throw InvalidInputException.of("session", "error.cycle-sharing-out");
            }
            if (!group.hasActiveMember(memberId)) {
                throw InvalidInputException.of("member", "error.member-not-in-group");
            }
            if (!presentMembers(session.getId()).contains(memberId)) {
                throw InvalidInputException.of("member", "error.member-not-present");
            }
        }

        /** One turn per member per session: a mistake is reversed and counted again. */
        void requireNoTurnYet(long memberId) {
            if (bookedToday(memberId, EnumSet.of(EntryKind.DEPOSIT, EntryKind.NO_SAVING))) {
                throw InvalidInputException.of("member", "error.already-had-turn");
            }
        }

        boolean bookedToday(long memberId, Set<EntryKind> kinds) {
            List<JournalEntry> cycleEntries = journal.findByCycleIdOrderById(cycle.getId());
            Ledger ledger = Ledger.of(cycleEntries);
            return cycleEntries.stream()
                    .anyMatch(e -> kinds.contains(e.getKind())
                            && session.getId().equals(e.getSessionId())
                            && Long.valueOf(memberId).equals(e.getMemberId())
                            && !ledger.isReversed(e.getId()));
        }

        /** The counter who counted: one of today's two, the first when nobody said. */
        long counter(Long countedBy) {
            SessionRoles roles = session.roles();
            if (countedBy == null) {
                return roles.counter1();
            }
            if (!countedBy.equals(roles.counter1()) && !countedBy.equals(roles.counter2())) {
                throw InvalidInputException.of("countedBy", "error.not-a-counter");
            }
            return countedBy;
        }

        JournalEntry.Builder entry(EntryKind kind, Money amount) {
            return JournalEntry.of(kind, amount)
                    .in(group.id(), cycle.getId(), session.getId())
                    .witnessedBy(session.roles().counter1(), session.roles().bookkeeper());
        }
    }
}
