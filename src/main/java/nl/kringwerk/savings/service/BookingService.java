package nl.kringwerk.savings.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door money goes through. Every booking of the counting ritual, and every booking other
 * features prepare (loans, the share-out), is written here: in its own transaction, holding the
 * session's row lock, after the session's rules, and once per idempotency key. The same key gives
 * the same entry back, whether it comes from a double tap, a retry or a second device.
 */
@Service
public class BookingService {

    private final SessionScopes scopes;
    private final GroupService groups;
    private final SavingsSessionRepository sessions;
    private final JournalEntryRepository journal;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;

    BookingService(
            SessionScopes scopes,
            GroupService groups,
            SavingsSessionRepository sessions,
            JournalEntryRepository journal,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.scopes = scopes;
        this.groups = groups;
        this.sessions = sessions;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A fresh key, made when a confirm dialog opens; it travels with the confirmation. */
    public String newIdempotencyKey() {
        return BookingKeys.fresh();
    }

    /**
     * What became of a confirmation whose screen was lost before it heard the answer (an app restart, a
     * reloaded page): the entry booked in this session under this key, or empty when nothing was booked.
     */
    public Optional<EntryLine> bookedUnder(long sessionId, String idempotencyKey) {
        return readOnly.execute(tx -> {
            scopes.of(sessionId); // the access gate of the session's group
            return answerFor(idempotencyKey)
                    .filter(entry -> Long.valueOf(sessionId).equals(entry.sessionId()));
        });
    }

    /**
     * Books a member's savings after the group said "Ja, gezien". The amount is what the counter
     * typed; it is checked here, and nothing is written when it is wrong.
     */
    public EntryLine bookDeposit(long sessionId, long memberId, String amountText, String idempotencyKey) {
        return bookDeposit(sessionId, memberId, amountText, null, idempotencyKey);
    }

    /** @param countedBy which of today's two counters counted; null means the first counter */
    public EntryLine bookDeposit(
            long sessionId, long memberId, String amountText, @Nullable Long countedBy, String idempotencyKey) {
        return book(
                new Request(sessionId, EntryKind.DEPOSIT, memberId, parsedOrNull(amountText), null),
                idempotencyKey,
                deposit(sessionId, memberId, amountText, countedBy));
    }

    /**
     * Every rule of a deposit, checked before the amount is shown to the group ("Heeft iedereen het
     * gezien?"), so that only the group's "yes" is left after it. Nothing is written.
     */
    public void checkDeposit(long sessionId, long memberId, String amountText, @Nullable Long countedBy) {
        readOnly.executeWithoutResult(tx -> scopes.remembering(
                () -> deposit(sessionId, memberId, amountText, countedBy).get()));
    }

    Supplier<JournalEntry.Builder> deposit(long sessionId, long memberId, String amountText, @Nullable Long countedBy) {
        return () -> {
            SessionScope c = scopes.of(sessionId);
            Money amount = Money.parse(amountText);
            if (amount.isZero()) {
                throw InvalidInputException.of("amount", "error.amount-zero");
            }
            Money max = c.cycle.rules().maxDeposit();
            if (amount.isGreaterThan(max)) {
                throw InvalidInputException.of("amount", "error.amount-above-max", max.format());
            }
            c.requireBookable(memberId, scopes.presentMembers(sessionId));
            c.requireNoTurnYet(memberId, scopes.journalOf(c.cycle.getId()));
            return c.entry(EntryKind.DEPOSIT, amount)
                    .member(memberId)
                    .witnessedBy(c.counter(countedBy), c.session.roles().bookkeeper());
        };
    }

    /** She saved nothing this time: recorded as such, without judgement. */
    public EntryLine bookNoSaving(long sessionId, long memberId, String idempotencyKey) {
        return book(
                new Request(sessionId, EntryKind.NO_SAVING, memberId, Money.ZERO, null),
                idempotencyKey,
                noSaving(sessionId, memberId));
    }

    Supplier<JournalEntry.Builder> noSaving(long sessionId, long memberId) {
        return () -> {
            SessionScope c = scopes.of(sessionId);
            c.requireBookable(memberId, scopes.presentMembers(sessionId));
            c.requireNoTurnYet(memberId, scopes.journalOf(c.cycle.getId()));
            return c.entry(EntryKind.NO_SAVING, Money.ZERO).member(memberId);
        };
    }

    public EntryLine bookSocialFund(long sessionId, long memberId, String idempotencyKey) {
        return book(
                new Request(sessionId, EntryKind.SOCIAL_FUND, memberId, null, null),
                idempotencyKey,
                socialFund(sessionId, memberId));
    }

    /** The social fund's rules, checked before the contribution is shown to the group. Nothing is written. */
    public void checkSocialFund(long sessionId, long memberId) {
        readOnly.executeWithoutResult(
                tx -> scopes.remembering(() -> socialFund(sessionId, memberId).get()));
    }

    Supplier<JournalEntry.Builder> socialFund(long sessionId, long memberId) {
        return () -> {
            SessionScope c = scopes.of(sessionId);
            Money contribution = c.cycle.rules().socialFundPerSession();
            if (contribution == null) {
                throw InvalidInputException.of("amount", "error.no-social-fund");
            }
            c.requireBookable(memberId, scopes.presentMembers(sessionId));
            if (c.bookedToday(memberId, Set.of(EntryKind.SOCIAL_FUND), scopes.journalOf(c.cycle.getId()))) {
                throw InvalidInputException.of("member", "error.social-fund-paid");
            }
            return c.entry(EntryKind.SOCIAL_FUND, contribution).member(memberId);
        };
    }

    /**
     * Undoes an entry of this cycle with a reversal in the open session. The original stays
     * visible, marked as reversed. An entry is reversed at most once.
     */
    public EntryLine reverse(long sessionId, long entryId, String reason, String idempotencyKey) {
        return book(new Request(sessionId, EntryKind.REVERSAL, null, null, entryId), idempotencyKey, () -> {
            SessionScope c = scopes.of(sessionId);
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
            List<JournalEntry> cycleEntries = scopes.journalOf(c.cycle.getId());
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
        return book(
                new Request(sessionId, EntryKind.CASH_DIFFERENCE, null, null, null),
                idempotencyKey,
                cashDifference(sessionId, countedText, reason));
    }

    Supplier<JournalEntry.Builder> cashDifference(long sessionId, String countedText, @Nullable String reason) {
        return () -> {
            SessionScope c = scopes.of(sessionId);
            c.requireOpenSession();
            if (c.cycle.isSharingOut()) {
                throw InvalidInputException.of("counted", "error.cycle-sharing-out");
            }
            Money counted = Money.parse(countedText);
            String cleaned = checkReason(reason);
            Money difference = counted.minus(scopes.ledgerOf(c.cycle.getId()).box());
            if (difference.isZero()) {
                throw InvalidInputException.of("counted", "error.no-cash-difference");
            }
            return c.entry(EntryKind.CASH_DIFFERENCE, difference).reason(cleaned);
        };
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
        return bookAll(
                new Request(sessionId, null, null, null, null),
                idempotencyKey,
                () -> prepare.apply(context(sessionId)));
    }

    /**
     * The rules of entries another feature prepares, checked before the amount is shown to the group:
     * {@code prepare} runs as it would at the booking, and nothing is written.
     */
    public void checkEntries(long sessionId, Function<BookingContext, List<JournalEntry.Builder>> prepare) {
        readOnly.executeWithoutResult(tx -> scopes.remembering(() -> prepare.apply(context(sessionId))));
    }

    BookingContext context(long sessionId) {
        SessionScope c = scopes.of(sessionId);
        c.requireOpenSession();
        return new BookingContext(
                c.group,
                CycleRecord.of(
                        c.cycle,
                        sessions.findByCycleIdOrderByPlannedOn(c.cycle.getId()),
                        scopes.journalOf(c.cycle.getId())),
                c.session,
                scopes.presentMembers(sessionId));
    }

    /** For comparing a returning key's content only: the rules parse (and refuse) the text themselves. */
    private static @Nullable Money parsedOrNull(String amountText) {
        try {
            return Money.parse(amountText);
        } catch (InvalidInputException notAnAmount) {
            return null;
        }
    }

    /** A reason typed for a correction: required, at most {@link JournalEntry#MAX_REASON} characters. */
    static String checkReason(@Nullable String reason) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "reason", reason, JournalEntry.MAX_REASON);
        InvalidInputException.throwIfAny(problems);
        return Texts.clean(reason);
    }

    private EntryLine book(Request request, String idempotencyKey, Supplier<JournalEntry.Builder> prepare) {
        return bookAll(request, idempotencyKey, () -> List.of(prepare.get()));
    }

    /**
     * What a confirmation asks to book, as far as it is known before the rules run. A key that comes
     * back with other content (another member, amount or session) is refused, as payment APIs do: it
     * is a mistake somewhere, and the first booking must not be taken for the second.
     */
    private record Request(
            long sessionId,
            @Nullable EntryKind kind,
            @Nullable Long memberId,
            @Nullable Money amount,
            @Nullable Long reverses) {

        EntryLine sameAs(EntryLine earlier) {
            boolean same = Long.valueOf(sessionId).equals(earlier.sessionId())
                    && (kind == null || kind == earlier.kind())
                    && (memberId == null || memberId.equals(earlier.memberId()))
                    && (amount == null || amount.equals(earlier.amount()))
                    && (reverses == null || reverses.equals(earlier.reversesEntryId()));
            if (!same) {
                throw InvalidInputException.of("entry", "error.key-reused");
            }
            return earlier;
        }
    }

    /**
     * Runs a booking in its own transaction, holding the session's row lock. If the key was used
     * before, the earlier entry is the answer; the unique index on the key is the last guard. What
     * the rules read (the session, the group, who is here, the cycle's journal) is read once, and
     * gives the answer and the meeting as it is after the booking ({@link MeetingChanged}, published
     * for the screens after the commit).
     */
    private EntryLine bookAll(Request request, String idempotencyKey, Supplier<List<JournalEntry.Builder>> prepare) {
        long sessionId = request.sessionId();
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 36) {
            throw new IllegalArgumentException("A booking needs an idempotency key of at most 36 characters");
        }
        try {
            return transaction.execute(tx -> scopes.remembering(() -> {
                // Bookings of one session wait for each other; whoever waited first checks whether
                // the same confirmation was booked meanwhile (or before), and then the session's rules.
                sessions.lockById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
                Optional<JournalEntry> earlier = journal.findByIdempotencyKey(idempotencyKey);
                if (earlier.isPresent()) {
                    return request.sameAs(answerFor(earlier.get()));
                }
                Instant now = scopes.now();
                String username = scopes.username();
                List<JournalEntry.Builder> entries = prepare.get();
                if (entries.isEmpty()) {
                    throw new IllegalStateException("A booking writes at least one entry");
                }
                List<JournalEntry> booked = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    booked.add(journal.save(entries.get(i)
                            .booked(username, now, i == 0 ? idempotencyKey : idempotencyKey + "/" + (i + 1))));
                }
                journal.flush();
                SessionScope c = scopes.of(sessionId);
                List<JournalEntry> cycleEntries = scopes.journalWith(c.cycle.getId(), booked);
                events.publishEvent(new MeetingChanged(scopes.meetingState(c, cycleEntries)));
                return EntryLine.of(booked.get(0), Ledger.of(cycleEntries), c.group);
            }));
        } catch (DataIntegrityViolationException race) {
            return transaction
                    .execute(tx -> journal.findByIdempotencyKey(idempotencyKey).map(this::answerFor))
                    .map(request::sameAs)
                    .orElseThrow(() -> InvalidInputException.of("entry", "error.already-reversed"));
        }
    }

    private EntryLine answerFor(JournalEntry entry) {
        GroupFacts group = groups.groupFacts(entry.getGroupId());
        return EntryLine.of(entry, Ledger.of(scopes.journalOf(entry.getCycleId())), group);
    }

    Optional<EntryLine> answerFor(String idempotencyKey) {
        return journal.findByIdempotencyKey(idempotencyKey).map(entry -> {
            GroupFacts group = groups.groupFacts(entry.getGroupId());
            return EntryLine.of(entry, scopes.ledgerOf(entry.getCycleId()), group);
        });
    }
}
