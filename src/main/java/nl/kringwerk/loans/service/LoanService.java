package nl.kringwerk.loans.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.BookingContext;
import nl.kringwerk.savings.service.BookingService;
import nl.kringwerk.savings.service.CycleRecord;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.PaperBookings;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans from the box: a request, the group's decision at a session, the payout with the counting
 * ritual, and repayments. Every method opens the group through {@link GroupService} first; a loan
 * or session of another group answers exactly like one that does not exist. Money moves only
 * through {@link BookingService#bookEntries}, with its lock and idempotency key.
 */
@Service
public class LoanService {

    public static final int MAX_PURPOSE = 200;

    private final GroupService groups;
    private final BookingService bookings;
    private final SavingsFacts savings;
    private final LoanRepository loans;
    private final LoanAccounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    LoanService(
            GroupService groups,
            BookingService bookings,
            SavingsFacts savings,
            LoanRepository loans,
            LoanAccounts accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.bookings = bookings;
        this.savings = savings;
        this.loans = loans;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public String newIdempotencyKey() {
        return bookings.newIdempotencyKey();
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

    private LoanRoom room(CycleRecord record, long memberId) {
        Ledger ledger = record.ledger();
        CycleRules rules = record.cycle().rules();
        Money own = ledger.savingsOf(memberId);
        Money cap = rules.loanCapMultiple() == 0 ? null : own.times(rules.loanCapMultiple());
        boolean open = accounts.ofCycle(record).stream()
                .filter(e -> e.getKey().getMemberId() == memberId)
                .anyMatch(e -> e.getValue().status().isOpen());
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
        CycleRecord record = openCycle(groupId);
        Cycle cycle = record.cycle();
        cycle.requireNotSharingOut();
        List<InvalidInput> problems = Texts.newProblems();
        Money amount = parsedOrNull(request.amountText(), problems);
        Texts.optional(problems, "purpose", request.purpose(), MAX_PURPOSE);
        int weeks = request.weeks() == null ? 0 : request.weeks();
        LoanRoom room = room(record, request.memberId());
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

    private static @Nullable Money parsedOrNull(String text, List<InvalidInput> problems) {
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
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        Loan loan = loanIn(at.cycle().cycleId(), loanId);
        InvalidInputException.throwIfAny(decisionProblems(at, loan, decision));
        Cycle cycle = at.cycle().cycle();
        if (decision.approved()) {
            InterestRate rate = InterestRate.parsePercent(decision.interestText());
            int instalments = decision.plan()
                    .instalments(loan.getWeeks(), cycle.rules().frequency().weeksBetweenSessions());
            loan.approve(sessionId, decision.tally(), rate, instalments, clock.instant(), username());
        } else {
            loan.decline(sessionId, decision.tally(), clock.instant(), username());
        }
    }

    /**
     * Why {@link #decide} would refuse this decision now, without throwing and without writing: a
     * caller inside its own transaction (a secret ballot that ends) asks first, so a refusal does not
     * mark that transaction for rollback. Empty when {@code decide} would accept it.
     */
    @Transactional(readOnly = true)
    public List<InvalidInput> decisionProblems(long sessionId, long loanId, LoanDecision decision) {
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        return decisionProblems(at, loanIn(at.cycle().cycleId(), loanId), decision);
    }

    private static List<InvalidInput> decisionProblems(
            SavingsFacts.SessionRecord at, Loan loan, LoanDecision decision) {
        if (at.session().getStatus() != SessionStatus.OPEN) {
            return List.of(InvalidInput.of("session", "error.session-not-open"));
        }
        if (at.cycle().cycle().isSharingOut()) {
            return List.of(InvalidInput.of("session", "error.cycle-sharing-out"));
        }
        if (loan.getStatus() != Loan.Decision.REQUESTED) {
            return List.of(InvalidInput.of("loan", "error.loan-decided"));
        }
        long present = at.present().size();
        List<InvalidInput> problems = Texts.newProblems();
        problems.addAll(decision.tally().problems(decision.approved(), (int) present));
        if (decision.approved()) {
            try {
                InterestRate.parsePercent(decision.interestText());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (decision.plan() == null) {
                problems.add(InvalidInput.of("plan", "error.required"));
            }
        }
        return problems;
    }

    // --- money ----------------------------------------------------------------------------------

    /**
     * Pays an approved loan out of the box after the group saw it counted. The cap and the cash in
     * the box are checked again now: the box may have changed since the decision.
     */
    public EntryLine disburse(long sessionId, long loanId, String idempotencyKey) {
        return bookings.bookEntries(sessionId, idempotencyKey, disbursement(loanId));
    }

    /** The payout's rules, checked before the amount is shown to the group. Nothing is written. */
    public void checkDisbursement(long sessionId, long loanId) {
        bookings.checkEntries(sessionId, disbursement(loanId));
    }

    private Function<BookingContext, List<JournalEntry.Builder>> disbursement(long loanId) {
        return c -> {
            Loan loan = loanIn(c.cycleId(), loanId);
            c.requireNotSharingOut();
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
        };
    }

    /**
     * She pays back part or all of what she owes. The rule: interest that is still due is paid
     * first, then principal. Paying more than she owes is refused.
     */
    public EntryLine repay(long sessionId, long loanId, String amountText, String idempotencyKey) {
        return bookings.bookEntries(sessionId, idempotencyKey, repayment(loanId, amountText));
    }

    /** The repayment's rules (never more than she owes), checked before it is shown. Nothing is written. */
    public void checkRepayment(long sessionId, long loanId, String amountText) {
        bookings.checkEntries(sessionId, repayment(loanId, amountText));
    }

    private Function<BookingContext, List<JournalEntry.Builder>> repayment(long loanId, String amountText) {
        return c -> {
            Loan loan = loanIn(c.cycleId(), loanId);
            c.requireNotSharingOut();
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
        };
    }

    /**
     * A repayment written on the paper form of a session, as one row of {@link PaperBookings}: the
     * same rules as {@link #repay}, checked when the session is booked. The loan's group gate first.
     */
    @Transactional(readOnly = true)
    public PaperBookings.PaperRow repaymentOnPaper(long loanId, String amountText) {
        requireLoanAccess(loanId);
        return new PaperBookings.PaperRow("repayment-" + loanId, repayment(loanId, amountText));
    }

    /** A loan paid out on paper: the same rules as {@link #disburse} (the cash in the box first). */
    @Transactional(readOnly = true)
    public PaperBookings.PaperRow payoutOnPaper(long loanId) {
        requireLoanAccess(loanId);
        return new PaperBookings.PaperRow("payout-" + loanId, disbursement(loanId));
    }

    private void requireLoanAccess(long loanId) {
        Loan loan = loans.findById(loanId).orElseThrow(NotFoundOrNotAllowedException::new);
        groups.requireAccess(loan.getGroupId());
    }

    // --- overview -------------------------------------------------------------------------------

    /** Every loan of the group's current cycle with what is open and what is due next session. */
    @Transactional(readOnly = true)
    public List<LoanLine> loans(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        return savings.latestCycle(groupId).map(cycle -> lines(group, cycle)).orElse(List.of());
    }

    /** Every loan of one cycle of the group (e.g. for the group's own export), behind the group's gate. */
    @Transactional(readOnly = true)
    public List<LoanLine> loansOfCycle(long cycleId) {
        CycleRecord cycle = savings.cycle(cycleId);
        return lines(groups.groupFacts(cycle.cycle().getGroupId()), cycle);
    }

    /** One loan, for the decision and payout screens. */
    @Transactional(readOnly = true)
    public LoanLine loan(long loanId) {
        Loan loan = loans.findById(loanId).orElseThrow(NotFoundOrNotAllowedException::new);
        GroupFacts group = groups.groupFacts(loan.getGroupId());
        return lines(group, savings.cycle(loan.getCycleId())).stream()
                .filter(l -> l.loanId() == loanId)
                .findFirst()
                .orElseThrow();
    }

    private List<LoanLine> lines(GroupFacts group, CycleRecord record) {
        return accounts.ofCycle(record).stream()
                .map(e -> {
                    Loan loan = e.getKey();
                    LoanAccount account = e.getValue();
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

    // --- internals ------------------------------------------------------------------------------

    private LoanAccount account(Loan loan, BookingContext c) {
        return accounts.of(loan, c.cycleRecord());
    }

    /** A loan of this cycle; one of another cycle or group answers like one that does not exist. */
    private Loan loanIn(long cycleId, long loanId) {
        return loans.findById(loanId)
                .filter(l -> l.getCycleId() == cycleId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private CycleRecord openCycle(long groupId) {
        return savings.openCycle(groupId).orElseThrow(() -> InvalidInputException.of("group", "error.no-open-cycle"));
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
