package nl.kringwerk.loans.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.loans.domain.Loan;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.ShareOut;
import nl.kringwerk.loans.domain.ShareOutRecord;
import nl.kringwerk.loans.domain.ShareOutRepository;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.BookingContext;
import nl.kringwerk.savings.service.CycleRecord;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a cycle: count the box, fix the share-out, open every member's pot with the ritual,
 * close the cycle. The calculation is {@link ShareOut}: payouts add up to the box minus the social
 * fund, to the cent. Once fixed, the cycle books nothing else until it closes.
 */
@Service
public class ShareOutService {

    private final Savings savings;
    private final SavingsFacts facts;
    private final LoanAccounts accounts;
    private final ShareOutRepository shareOuts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ShareOutService(
            Savings savings,
            SavingsFacts facts,
            LoanAccounts accounts,
            ShareOutRepository shareOuts,
            CurrentUser currentUser,
            Clock clock) {
        this.savings = savings;
        this.facts = facts;
        this.accounts = accounts;
        this.shareOuts = shareOuts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The share-out at this session: live until fixed, then as fixed with who was paid. */
    @Transactional(readOnly = true)
    public ShareOutView view(long sessionId) {
        Scope s = scope(sessionId);
        Optional<ShareOutRecord> record = shareOuts.findById(s.cycle.getId());
        if (record.isPresent()) {
            ShareOutRecord r = record.get();
            List<Pot> pots = r.lines().stream()
                    .map(l -> new Pot(
                            l.memberId(),
                            s.group.nameOf(l.memberId()),
                            l.savings(),
                            l.share(),
                            l.loanSettled(),
                            l.payout(),
                            s.ledger.wasPaidOut(l.memberId())))
                    .toList();
            Money settled = pots.stream().map(Pot::loanSettled).reduce(Money.ZERO, Money::plus);
            return new ShareOutView(
                    sessionId,
                    s.group.id(),
                    s.group.name(),
                    s.cycle.getNumber(),
                    s.session.getPlannedOn(),
                    s.session.getStatus() == SessionStatus.OPEN,
                    s.cycle.isOpen(),
                    true,
                    r.getInterestShare(),
                    r.countedBox(),
                    r.socialFund(),
                    pots.stream().map(Pot::savings).reduce(Money.ZERO, Money::plus),
                    settled,
                    r.surplus(),
                    r.getSocialFundDecision(),
                    r.getSocialFundNote(),
                    pots);
        }
        ShareOut.Result result = calculate(s);
        List<Pot> pots = result.lines().stream()
                .map(l -> new Pot(
                        l.memberId(),
                        s.group.nameOf(l.memberId()),
                        l.savings(),
                        l.share(),
                        l.loanSettled(),
                        l.payout(),
                        false))
                .toList();
        Money open = pots.stream().map(Pot::loanSettled).reduce(Money.ZERO, Money::plus);
        return new ShareOutView(
                sessionId,
                s.group.id(),
                s.group.name(),
                s.cycle.getNumber(),
                s.session.getPlannedOn(),
                s.session.getStatus() == SessionStatus.OPEN,
                s.cycle.isOpen(),
                false,
                s.cycle.rules().interestShare(),
                s.ledger.box(),
                s.ledger.socialFund(),
                s.ledger.totalSavings(),
                open,
                result.surplus(),
                null,
                null,
                pots);
    }

    /**
     * Fixes the share-out after the box was counted. The count must equal the journal: a
     * difference is booked first (with its reason), so that the payouts share real money.
     */
    @Transactional
    public void fix(
            long sessionId, String countedText, @Nullable SocialFundDecision decision, @Nullable String fundNote) {
        Scope s = scope(sessionId);
        requireOpenSession(s);
        if (s.cycle.isSharingOut() || shareOuts.existsById(s.cycle.getId())) {
            throw InvalidInputException.of("shareOut", "error.share-out-fixed");
        }
        List<InvalidInput> problems = Texts.newProblems();
        try {
            Money counted = Money.parse(countedText);
            if (!counted.equals(s.ledger.box())) {
                problems.add(InvalidInput.of(
                        "counted",
                        "error.share-out-count-mismatch",
                        s.ledger.box().format(),
                        counted.minus(s.ledger.box()).format()));
            }
        } catch (InvalidInputException e) {
            problems.add(InvalidInput.of("counted", e.problems().get(0).messageKey()));
        }
        Money fund = s.ledger.socialFund();
        SocialFundDecision fundDecision = fund.isZero() ? SocialFundDecision.NONE : decision;
        if (!fund.isZero() && (decision == null || decision == SocialFundDecision.NONE)) {
            problems.add(InvalidInput.of("fundDecision", "error.required"));
        }
        if (fundDecision == SocialFundDecision.SPENT) {
            Texts.required(problems, "fundNote", fundNote, JournalEntry.MAX_REASON);
        } else {
            Texts.optional(problems, "fundNote", fundNote, JournalEntry.MAX_REASON);
        }
        InvalidInputException.throwIfAny(problems);
        ShareOut.Result result = calculate(s);
        try {
            shareOuts.saveAndFlush(new ShareOutRecord(
                    s.cycle.getId(),
                    sessionId,
                    s.cycle.rules().interestShare(),
                    s.ledger.box(),
                    fund,
                    fundDecision,
                    Texts.clean(fundNote),
                    result,
                    clock.instant(),
                    username()));
        } catch (DataIntegrityViolationException race) {
            throw InvalidInputException.of("shareOut", "error.share-out-fixed");
        }
        savings.cycles().beginShareOut(sessionId);
    }

    /**
     * Opens one member's pot with the ritual: what she still owed on a loan is settled against it
     * (one explicit entry per loan), then her pot leaves the box. Net cash is her payout.
     */
    public EntryLine pay(long sessionId, long memberId, String idempotencyKey) {
        return savings.bookings().bookEntries(sessionId, idempotencyKey, payout(memberId));
    }

    /** Her pot's rules (fixed, not opened yet), checked before it is shown to the group. Nothing is written. */
    public void checkPay(long sessionId, long memberId) {
        savings.bookings().checkEntries(sessionId, payout(memberId));
    }

    /**
     * Cash cannot go below zero: a pot is opened only when the box, less the social fund it keeps,
     * holds what she gets. Whoever owes more than her pot pays that in first, counted like any other
     * amount; until then the pots it would leave short wait, and the message says who pays in.
     */
    private static void requireCashForIt(BookingContext c, ShareOutRecord record, ShareOutRecord.Line line) {
        Money left = c.ledger().box().minus(c.ledger().socialFund()).minus(line.payout());
        if (left.isNegative()) {
            List<String> payIn = record.lines().stream()
                    .filter(l -> l.payout().isNegative() && !c.ledger().wasPaidOut(l.memberId()))
                    .map(l -> c.group().nameOf(l.memberId()))
                    .toList();
            throw InvalidInputException.of("member", "error.pay-in-first", String.join(", ", payIn));
        }
    }

    private Function<BookingContext, List<JournalEntry.Builder>> payout(long memberId) {
        return c -> {
            ShareOutRecord record = shareOuts
                    .findById(c.cycleId())
                    .filter(r -> c.sharingOut())
                    .orElseThrow(() -> InvalidInputException.of("shareOut", "error.share-out-not-fixed"));
            ShareOutRecord.Line line = record.lineOf(memberId)
                    .orElseThrow(() -> InvalidInputException.of("member", "error.member-not-in-group"));
            if (c.ledger().wasPaidOut(memberId)) {
                throw InvalidInputException.of("member", "error.already-paid-out");
            }
            requireCashForIt(c, record, line);
            List<JournalEntry.Builder> entries = new ArrayList<>();
            Money settled = Money.ZERO;
            for (Map.Entry<Loan, LoanAccount> open : accounts.openLoansOf(memberId, c.cycleRecord())) {
                LoanAccount account = open.getValue();
                entries.add(c.entry(EntryKind.LOAN_SETTLED, account.owed())
                        .member(memberId)
                        .loan(open.getKey().getId(), account.interestDue()));
                settled = settled.plus(account.owed());
            }
            if (!settled.equals(line.loanSettled())) {
                throw new IllegalStateException("Loans changed after the share-out was fixed");
            }
            entries.add(c.entry(EntryKind.PAYOUT, line.pot().negate()).member(memberId));
            return entries;
        };
    }

    /**
     * A pot was opened by mistake (the wrong person, the wrong moment): its payout and the settlement of
     * her loan are reversed, with the reason, so her pot can be opened again. Nothing is deleted.
     */
    public EntryLine undoPay(long sessionId, long memberId, String reason, String idempotencyKey) {
        return savings.bookings().bookEntries(sessionId, idempotencyKey, c -> {
            if (!c.sharingOut()) {
                throw InvalidInputException.of("shareOut", "error.share-out-not-fixed");
            }
            List<InvalidInput> problems = Texts.newProblems();
            Texts.required(problems, "reason", reason, JournalEntry.MAX_REASON);
            InvalidInputException.throwIfAny(problems);
            List<JournalEntry> live = c.journal().stream()
                    .filter(e -> Long.valueOf(memberId).equals(e.getMemberId()))
                    .filter(e -> e.getKind() == EntryKind.PAYOUT || e.getKind() == EntryKind.LOAN_SETTLED)
                    .filter(e -> !c.ledger().isReversed(e.getId()))
                    .toList();
            if (live.stream().noneMatch(e -> e.getKind() == EntryKind.PAYOUT)) {
                throw InvalidInputException.of("member", "error.not-paid-out");
            }
            return live.stream()
                    .map(e -> e.reversal(Texts.clean(reason))
                            .session(c.sessionId())
                            .witnessedBy(c.roles().counter1(), c.roles().bookkeeper()))
                    .toList();
        });
    }

    /**
     * Closes the cycle once every pot was opened and the session is closed. The social fund leaves
     * as the group decided; the cycle becomes read-only.
     */
    @Transactional
    public void closeCycle(long groupId) {
        CycleRecord open =
                facts.openCycle(groupId).orElseThrow(() -> InvalidInputException.of("cycle", "error.cycle-closed"));
        Cycle cycle = open.cycle();
        ShareOutRecord record = shareOuts
                .findById(cycle.getId())
                .orElseThrow(() -> InvalidInputException.of("cycle", "error.cycle-not-shared-out"));
        Ledger ledger = open.ledger();
        long unpaid = record.lines().stream()
                .filter(l -> !ledger.wasPaidOut(l.memberId()))
                .count();
        if (unpaid > 0) {
            throw InvalidInputException.of("cycle", "error.share-out-not-all-paid", unpaid);
        }
        savings.cycles()
                .closeCycle(
                        groupId,
                        record.getSocialFundDecision() == SocialFundDecision.CARRY_OVER,
                        record.getSocialFundNote());
    }

    // --- internals ------------------------------------------------------------------------------

    private ShareOut.Result calculate(Scope s) {
        Map<Long, Money> savingsByMember = new HashMap<>();
        s.group.members().stream().filter(m -> m.isActive()).forEach(m -> savingsByMember.put(m.id(), Money.ZERO));
        savingsByMember.putAll(s.ledger.savingsByMember());
        Map<Long, Money> open = accounts.openBalances(s.record);
        open.keySet().forEach(m -> savingsByMember.putIfAbsent(m, Money.ZERO));
        return ShareOut.calculate(new ShareOut.Input(
                savingsByMember,
                timeWeights(s),
                open,
                s.ledger.box(),
                s.ledger.socialFund(),
                s.cycle.rules().interestShare()));
    }

    private Map<Long, Long> timeWeights(Scope s) {
        List<SavingsSession> all = s.record.sessions();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).getId(), i + 1);
        }
        Map<Long, JournalEntry> byId = new HashMap<>();
        s.entries.forEach(e -> byId.put(e.getId(), e));
        List<ShareOut.Deposit> deposits = new ArrayList<>();
        for (JournalEntry e : s.entries) {
            if (s.ledger.accountedAs(e.line()) != EntryKind.DEPOSIT) {
                continue;
            }
            JournalEntry original = e.getReversesEntryId() == null ? e : byId.get(e.getReversesEntryId());
            deposits.add(new ShareOut.Deposit(
                    original.getMemberId(), e.amount(), position.getOrDefault(original.getSessionId(), 1)));
        }
        return ShareOut.weightsByTime(deposits, position.get(s.session.getId()));
    }

    /** The share-out session after the access gate, with its group and its cycle as it is now. */
    private record Scope(
            SavingsSession session,
            GroupFacts group,
            CycleRecord record,
            Cycle cycle,
            List<JournalEntry> entries,
            Ledger ledger) {

        Scope(SavingsFacts.SessionRecord at) {
            this(
                    at.session(),
                    at.group(),
                    at.cycle(),
                    at.cycle().cycle(),
                    at.cycle().journal(),
                    at.cycle().ledger());
        }
    }

    private Scope scope(long sessionId) {
        return new Scope(facts.session(sessionId));
    }

    private static void requireOpenSession(Scope s) {
        if (!s.cycle.isOpen()) {
            throw InvalidInputException.of("session", "error.cycle-closed");
        }
        if (s.session.getStatus() != SessionStatus.OPEN) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
