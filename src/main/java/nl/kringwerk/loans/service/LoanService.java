package nl.kringwerk.loans.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.loans.domain.InterestRate;
import nl.kringwerk.loans.domain.Loan;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.LoanRepository;
import nl.kringwerk.loans.domain.LoanRules;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.Repayment;
import nl.kringwerk.savings.domain.AttendanceRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
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
import nl.kringwerk.savings.service.BookingContext;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.SavingsService;
import nl.kringwerk.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans from the box: a request, the group's decision at a session, the payout with the counting
 * ritual, and repayments. Every method opens the group through {@link GroupService} first; a loan
 * or session of another group answers exactly like one that does not exist. Money moves only
 * through {@link SavingsService#bookEntries}, with its lock and idempotency key.
 */
@Service
public class LoanService {

    public static final int MAX_PURPOSE = 200;

    private final GroupService groups;
    private final SavingsService savings;
    private final LoanRepository loans;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final JournalEntryRepository journal;
    private final CurrentUser currentUser;
    private final Clock clock;

    LoanService(
            GroupService groups,
            SavingsService savings,
            LoanRepository loans,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            AttendanceRepository attendance,
            JournalEntryRepository journal,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.savings = savings;
        this.loans = loans;
        this.cycles = cycles;
        this.sessions = sessions;
        this.attendance = attendance;
        this.journal = journal;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public String newIdempotencyKey() {
        return savings.newIdempotencyKey();
    }

    // --- request --------------------------------------------------------------------------------

    /** What she may ask for now in the group's open cycle. */
    @Transactional(readOnly = true)
    public LoanRoom room(long groupId, long memberId) {
        GroupFacts group = groups.groupFacts(groupId);
        if (!group.hasActiveMember(memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
        return room(openCycle(groupId), memberId);
    }

    private LoanRoom room(Cycle cycle, long memberId) {
        List<JournalEntry> entries = journal.findByCycleIdOrderById(cycle.getId());
        Ledger ledger = Ledger.of(entries);
        Dates dates = dates(cycle);
        CycleRules rules = cycle.rules();
        Money own = ledger.savingsOf(memberId);
        Money cap = rules.loanCapMultiple() == 0 ? null : own.times(rules.loanCapMultiple());
        boolean open = loans.findByCycleIdOrderById(cycle.getId()).stream()
                .filter(l -> l.getMemberId() == memberId)
                .anyMatch(
                        l -> account(l, rules, entries, ledger, dates).status().isOpen());
        return new LoanRoom(
                memberId,
                own,
                cap,
                ledger.box().minus(ledger.socialFund()),
                rules.maxLoanWeeks(),
                rules.defaultInterestBp(),
                open,
                rules.multipleLoans());
    }

    /**
     * Records a member's request in the open cycle, after checking the cycle's rules. The same key
     * records once (a double tap gives the same loan back).
     */
    @Transactional
    public long request(long groupId, LoanRequest request, String requestKey) {
        GroupFacts group = groups.groupFacts(groupId);
        Optional<Loan> earlier = loans.findByRequestKey(requestKey);
        if (earlier.isPresent()) {
            if (!earlier.get().getGroupId().equals(groupId)) {
                throw new NotFoundOrNotAllowedException();
            }
            return earlier.get().getId();
        }
        if (!group.hasActiveMember(request.memberId())) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        Cycle cycle = openCycle(groupId);
        requireNotSharingOut(cycle);
        List<InvalidInput> problems = Texts.newProblems();
        Money amount = parsedOrNull(request.amountText(), problems);
        Texts.optional(problems, "purpose", request.purpose(), MAX_PURPOSE);
        int weeks = request.weeks() == null ? 0 : request.weeks();
        LoanRoom room = room(cycle, request.memberId());
        LoanRules.checkRequest(
                        amount,
                        weeks,
                        room.ownSavings(),
                        room.availableCash(),
                        cycle.rules().loanCapMultiple(),
                        room.maxWeeks(),
                        room.hasOpenLoan(),
                        room.moreThanOneAllowed())
                .stream()
                .filter(p -> amount != null || !"amount".equals(p.field()))
                .forEach(problems::add);
        InvalidInputException.throwIfAny(problems);
        try {
            return loans.saveAndFlush(new Loan(
                            groupId,
                            cycle.getId(),
                            request.memberId(),
                            amount,
                            weeks,
                            Texts.clean(request.purpose()),
                            clock.instant(),
                            username(),
                            requestKey))
                    .getId();
        } catch (DataIntegrityViolationException race) {
            return loans.findByRequestKey(requestKey).orElseThrow(() -> race).getId();
        }
    }

    private static Money parsedOrNull(String text, List<InvalidInput> problems) {
        try {
            return Money.parse(text);
        } catch (InvalidInputException e) {
            problems.add(InvalidInput.of("amount", e.problems().get(0).messageKey()));
            return null;
        }
    }

    // --- decision -------------------------------------------------------------------------------

    /** The chair put the request to the group at this session; the outcome and the count are kept. */
    @Transactional
    public void decide(long sessionId, long loanId, LoanDecision decision) {
        SavingsSession session = sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
        groups.requireAccess(session.getGroupId());
        Loan loan = loanIn(session, loanId);
        if (session.getStatus() != SessionStatus.OPEN) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
        Cycle cycle = cycles.findById(session.getCycleId()).orElseThrow(NotFoundOrNotAllowedException::new);
        requireNotSharingOut(cycle);
        if (loan.getStatus() != Loan.Decision.REQUESTED) {
            throw InvalidInputException.of("loan", "error.loan-decided");
        }
        long present = attendance.findBySessionId(sessionId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                .count();
        List<InvalidInput> problems = Texts.newProblems();
        problems.addAll(decision.tally().problems(decision.approved(), (int) present));
        InterestRate rate = InterestRate.NONE;
        if (decision.approved()) {
            try {
                rate = InterestRate.parsePercent(decision.interestText());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (decision.plan() == null) {
                problems.add(InvalidInput.of("plan", "error.required"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        if (decision.approved()) {
            int instalments = decision.plan()
                    .instalments(loan.getWeeks(), cycle.rules().frequency().weeksBetweenSessions());
            loan.approve(sessionId, decision.tally(), rate, instalments, clock.instant(), username());
        } else {
            loan.decline(sessionId, decision.tally(), clock.instant(), username());
        }
    }

    // --- money ----------------------------------------------------------------------------------

    /**
     * Pays an approved loan out of the box after the group saw it counted. The cap and the cash in
     * the box are checked again now: the box may have changed since the decision.
     */
    public EntryLine disburse(long sessionId, long loanId, String idempotencyKey) {
        return savings.bookEntries(sessionId, idempotencyKey, c -> {
            Loan loan = loanIn(c, loanId);
            requireNotSharingOut(c);
            LoanStatus status = account(loan, c).status();
            if (status != LoanStatus.APPROVED) {
                throw InvalidInputException.of(
                        "loan",
                        status.isOut() || status == LoanStatus.REPAID
                                ? "error.loan-already-out"
                                : "error.loan-not-approved");
            }
            if (!c.isPresent(loan.getMemberId())) {
                throw InvalidInputException.of("member", "error.member-not-present");
            }
            Money available = c.ledger().box().minus(c.ledger().socialFund());
            if (loan.principal().isGreaterThan(available)) {
                throw InvalidInputException.of("amount", "error.loan-above-cash", available.format());
            }
            return List.of(c.entry(EntryKind.LOAN_OUT, loan.principal().negate())
                    .member(loan.getMemberId())
                    .loan(loanId, null));
        });
    }

    /**
     * She pays back part or all of what she owes. The rule: interest that is still due is paid
     * first, then principal. Paying more than she owes is refused.
     */
    public EntryLine repay(long sessionId, long loanId, String amountText, String idempotencyKey) {
        return savings.bookEntries(sessionId, idempotencyKey, c -> {
            Loan loan = loanIn(c, loanId);
            requireNotSharingOut(c);
            LoanAccount account = account(loan, c);
            if (!account.status().isOut()) {
                throw InvalidInputException.of("loan", "error.loan-not-out");
            }
            Money paid = Money.parse(amountText);
            if (!paid.isPositive()) {
                throw InvalidInputException.of("amount", "error.amount-not-positive");
            }
            if (paid.isGreaterThan(account.owed())) {
                throw InvalidInputException.of(
                        "amount", "error.repay-above-owed", account.owed().format());
            }
            Repayment split = Repayment.split(paid, account.interestDue(), account.principalDue());
            return List.of(c.entry(EntryKind.LOAN_REPAYMENT, paid)
                    .member(loan.getMemberId())
                    .loan(loanId, split.interest()));
        });
    }

    // --- overview -------------------------------------------------------------------------------

    /** Every loan of the group's current cycle with what is open and what is due next session. */
    @Transactional(readOnly = true)
    public List<LoanLine> loans(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(cycle -> lines(group, cycle))
                .orElse(List.of());
    }

    /** One loan, for the decision and payout screens. */
    @Transactional(readOnly = true)
    public LoanLine loan(long loanId) {
        Loan loan = loans.findById(loanId).orElseThrow(NotFoundOrNotAllowedException::new);
        GroupFacts group = groups.groupFacts(loan.getGroupId());
        Cycle cycle = cycles.findById(loan.getCycleId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return lines(group, cycle).stream()
                .filter(l -> l.loanId() == loanId)
                .findFirst()
                .orElseThrow();
    }

    List<LoanLine> lines(GroupFacts group, Cycle cycle) {
        List<JournalEntry> entries = journal.findByCycleIdOrderById(cycle.getId());
        Ledger ledger = Ledger.of(entries);
        Dates dates = dates(cycle);
        return loans.findByCycleIdOrderById(cycle.getId()).stream()
                .map(loan -> {
                    LoanAccount account = account(loan, cycle.rules(), entries, ledger, dates);
                    return new LoanLine(
                            loan.getId(),
                            loan.getMemberId(),
                            group.nameOf(loan.getMemberId()),
                            loan.principal(),
                            loan.getWeeks(),
                            loan.getPurpose(),
                            account.status(),
                            loan.tally(),
                            loan.terms(),
                            account);
                })
                .sorted(Comparator.comparing((LoanLine l) -> l.status().ordinal())
                        .thenComparing(LoanLine::loanId))
                .toList();
    }

    /** Open loan balances per member, as the share-out settles them. */
    Map<Long, Money> openBalances(Cycle cycle, List<JournalEntry> entries, Ledger ledger) {
        Dates dates = dates(cycle);
        return loans.findByCycleIdOrderById(cycle.getId()).stream()
                .map(loan -> Map.entry(loan.getMemberId(), account(loan, cycle.rules(), entries, ledger, dates)))
                .filter(e -> e.getValue().status().isOut())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().owed(), Money::plus));
    }

    /** The open loans of one member with their accounts, for settling at the share-out. */
    List<Map.Entry<Loan, LoanAccount>> openLoansOf(long memberId, BookingContext c) {
        Cycle cycle = cycles.findById(c.cycleId()).orElseThrow();
        Dates dates = dates(cycle);
        return loans.findByCycleIdOrderById(c.cycleId()).stream()
                .filter(l -> l.getMemberId() == memberId)
                .map(l -> Map.entry(l, account(l, c.rules(), c.journal(), c.ledger(), dates)))
                .filter(e -> e.getValue().status().isOut())
                .toList();
    }

    // --- internals ------------------------------------------------------------------------------

    private record Dates(Map<Long, LocalDate> bySession, LocalDate today, LocalDate nextSession) {}

    private Dates dates(Cycle cycle) {
        LocalDate today = LocalDate.now(clock);
        List<SavingsSession> all = sessions.findByCycleIdOrderByPlannedOn(cycle.getId());
        LocalDate next = all.stream()
                .filter(s -> s.getStatus() != SessionStatus.CLOSED)
                .map(SavingsSession::getPlannedOn)
                .filter(d -> !d.isBefore(today))
                .findFirst()
                .orElse(null);
        return new Dates(
                all.stream().collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn)),
                today,
                next);
    }

    private LoanAccount account(Loan loan, BookingContext c) {
        Cycle cycle = cycles.findById(c.cycleId()).orElseThrow();
        return account(loan, c.rules(), c.journal(), c.ledger(), dates(cycle));
    }

    private static LoanAccount account(
            Loan loan, CycleRules rules, List<JournalEntry> entries, Ledger ledger, Dates dates) {
        List<JournalEntry> mine =
                entries.stream().filter(e -> loan.getId().equals(e.getLoanId())).toList();
        LocalDate disbursedOn = mine.stream()
                .filter(e -> e.getKind() == EntryKind.LOAN_OUT && !ledger.isReversed(e.getId()))
                .map(e -> dates.bySession().get(e.getSessionId()))
                .findFirst()
                .orElse(null);
        return LoanAccount.of(
                loan.getStatus(),
                loan.terms(),
                mine.stream().map(JournalEntry::line).toList(),
                ledger,
                disbursedOn,
                rules.frequency().weeksBetweenSessions(),
                dates.today(),
                dates.nextSession());
    }

    private Loan loanIn(SavingsSession session, long loanId) {
        return loans.findById(loanId)
                .filter(l -> l.getCycleId().equals(session.getCycleId()))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private Loan loanIn(BookingContext c, long loanId) {
        return loans.findById(loanId)
                .filter(l -> l.getCycleId() == c.cycleId())
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private Cycle openCycle(long groupId) {
        return cycles.findByGroupIdAndClosedOnIsNull(groupId)
                .orElseThrow(() -> InvalidInputException.of("group", "error.no-open-cycle"));
    }

    private static void requireNotSharingOut(Cycle cycle) {
        if (cycle.isSharingOut()) {
            throw InvalidInputException.of("session", "error.cycle-sharing-out");
        }
    }

    private static void requireNotSharingOut(BookingContext c) {
        if (c.sharingOut()) {
            throw InvalidInputException.of("session", "error.cycle-sharing-out");
        }
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
