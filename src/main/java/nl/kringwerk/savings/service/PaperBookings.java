package nl.kringwerk.savings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A session held on paper, booked afterwards through the same door as a live one: the attendance
 * list and the tasks as {@link SessionService} keeps them, every line of the forms through the rules
 * of {@link BookingService} in the order of the evening (savings, then what other features add:
 * repayments, payouts), then the box count and the close. All of it in one transaction holding the
 * session's row lock: a line the rules refuse is reported next to its row and nothing is written.
 * The key is the session's own ({@link #keyOf}), so entering the same session twice books it once.
 */
@Service
public class PaperBookings {

    private final SessionScopes scopes;
    private final SessionService sessionService;
    private final BookingService bookings;
    private final SavingsSessionRepository sessions;
    private final JournalEntryRepository journal;
    private final TransactionTemplate transaction;

    PaperBookings(
            SessionScopes scopes,
            SessionService sessionService,
            BookingService bookings,
            SavingsSessionRepository sessions,
            JournalEntryRepository journal,
            PlatformTransactionManager transactions) {
        this.scopes = scopes;
        this.sessionService = sessionService;
        this.bookings = bookings;
        this.sessions = sessions;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A line of the forms another feature books (a repayment, a loan paid out), with the field its
     * refusal is shown next to. {@code prepare} runs with the journal as booked so far.
     */
    public record PaperRow(String field, Function<BookingContext, List<JournalEntry.Builder>> prepare) {}

    /** The idempotency key of a session entered from paper: derived from the session, never random. */
    public static String keyOf(long sessionId) {
        return "paper-" + sessionId;
    }

    /** The first entry of this session's paper booking, or empty when it was not booked from paper. */
    public Optional<EntryLine> booked(long sessionId) {
        return transaction.execute(tx -> {
            scopes.of(sessionId); // the access gate of the session's group
            return bookings.answerFor(keyOf(sessionId));
        });
    }

    /**
     * Runs every rule of the booking and writes nothing: what the first person sees before she asks
     * a second one to confirm.
     *
     * @throws InvalidInputException with a problem per refused row
     */
    public void check(long sessionId, PaperSheet sheet, List<PaperRow> rows) {
        transaction.executeWithoutResult(tx -> {
            if (bookings.answerFor(keyOf(sessionId)).isPresent()) {
                scopes.of(sessionId);
                throw InvalidInputException.of("session", "error.paper-already-booked");
            }
            String me = scopes.username();
            bookAll(sessionId, sheet, rows, me, me, "check-" + keyOf(sessionId));
            tx.setRollbackOnly();
        });
    }

    /**
     * Books the session as it was on paper, entered by {@code enteredBy} and confirmed by the person
     * signed in now. A session booked before gives its first entry back and books nothing again.
     */
    public EntryLine book(long sessionId, PaperSheet sheet, List<PaperRow> rows, String enteredBy) {
        String key = keyOf(sessionId);
        try {
            return transaction.execute(tx -> {
                scopes.of(sessionId);
                sessions.lockById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
                Optional<EntryLine> earlier = bookings.answerFor(key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                bookAll(sessionId, sheet, rows, enteredBy, scopes.username(), key);
                return bookings.answerFor(key).orElseThrow();
            });
        } catch (DataIntegrityViolationException race) {
            // Someone confirmed the same session at the same moment: hers is the booking.
            return transaction.execute(tx -> bookings.answerFor(key)).orElseThrow(() -> race);
        }
    }

    private void bookAll(
            long sessionId, PaperSheet sheet, List<PaperRow> rows, String enteredBy, String confirmedBy, String key) {
        sessions.lockById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
        SessionScope scope = scopes.of(sessionId);
        scope.requireCycleOpen();
        if (scope.session.getStatus() != SessionStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.paper-session-not-planned");
        }
        if (scope.session.getPlannedOn().isAfter(LocalDate.now(scopes.clock()))) {
            throw InvalidInputException.of("session", "error.paper-session-in-future");
        }
        markAttendance(sessionId, scope, sheet);
        if (!sheet.attendance().containsValue(AttendanceStatus.PRESENT)) {
            // Nobody came, so the meeting did not take place: it lapses in the calendar, it is not booked
            // (this transaction, and the attendance just marked, are rolled back).
            throw InvalidInputException.of("session", "error.paper-nobody-present");
        }
        sessionService.openSession(sessionId, sheet.roles());

        Booker booker = new Booker(enteredBy, confirmedBy, key);
        List<InvalidInput> problems = new ArrayList<>();
        List<Long> present = scopes.presentMembers(sessionId);
        for (MemberRow member : scope.group.members()) {
            if (!member.isActive()) {
                continue;
            }
            long id = member.id();
            PaperSheet.SavingLine line = sheet.savings().stream()
                    .filter(l -> l.memberId() == id)
                    .findFirst()
                    .orElse(null);
            String field = PaperSheet.savingField(id);
            boolean blank = line == null
                    || line.amountText() == null
                    || line.amountText().isBlank();
            if (line != null && !blank && line.nothing()) {
                problems.add(InvalidInput.of(field, "error.paper-amount-and-nothing"));
            } else if (blank && (line == null || !line.nothing())) {
                if (present.contains(id)) {
                    problems.add(InvalidInput.of(field, "error.paper-amount-or-nothing"));
                }
            } else if (line.nothing()) {
                booker.row(problems, field, bookings.noSaving(sessionId, id));
            } else {
                booker.row(problems, field, bookings.deposit(sessionId, id, line.amountText(), line.countedBy()));
            }
            if (line != null && line.socialFund()) {
                booker.row(problems, field, bookings.socialFund(sessionId, id));
            }
        }
        for (PaperRow row : rows) {
            booker.rows(problems, row.field(), () -> row.prepare().apply(bookings.context(sessionId)));
        }
        InvalidInputException.throwIfAny(problems);

        Money counted = parsed("counted", sheet.countedText());
        Money expected = scopes.ledgerOf(scope.cycle.getId()).box();
        if (!counted.equals(expected)) {
            if (sheet.differenceReason() == null || sheet.differenceReason().isBlank()) {
                throw InvalidInputException.of(
                        "reason",
                        "error.paper-difference-needs-reason",
                        counted.minus(expected).format());
            }
            booker.row(
                    problems,
                    "reason",
                    bookings.cashDifference(sessionId, counted.toInputText(), sheet.differenceReason()));
            InvalidInputException.throwIfAny(problems);
        }
        sessionService.closeSession(sessionId, counted.toInputText());
    }

    private void markAttendance(long sessionId, SessionScope scope, PaperSheet sheet) {
        List<InvalidInput> problems = new ArrayList<>();
        for (MemberRow member : scope.group.members()) {
            if (!member.isActive()) {
                continue;
            }
            AttendanceStatus status = sheet.attendance().get(member.id());
            if (status == null) {
                problems.add(InvalidInput.of(PaperSheet.attendanceField(member.id()), "error.required"));
            } else {
                sessionService.markAttendance(sessionId, member.id(), status);
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    private static Money parsed(String field, @Nullable String text) {
        try {
            return Money.parse(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(field, e.problems().get(0).messageKey());
        }
    }

    /** Writes the entries of each accepted row at once, so the next row's rules see them. */
    private final class Booker {
        private final String enteredBy;
        private final String confirmedBy;
        private final String key;
        private final Instant now = scopes.now();
        private int written;

        Booker(String enteredBy, String confirmedBy, String key) {
            this.enteredBy = enteredBy;
            this.confirmedBy = confirmedBy;
            this.key = key;
        }

        void row(List<InvalidInput> problems, String field, Supplier<JournalEntry.Builder> prepare) {
            rows(problems, field, () -> List.of(prepare.get()));
        }

        void rows(List<InvalidInput> problems, String field, Supplier<List<JournalEntry.Builder>> prepare) {
            List<JournalEntry.Builder> entries;
            try {
                entries = prepare.get();
            } catch (InvalidInputException refused) {
                refused.problems()
                        .forEach(p -> problems.add(InvalidInput.of(
                                field, p.messageKey(), p.arguments().toArray())));
                return;
            }
            for (JournalEntry.Builder entry : entries) {
                written++;
                journal.save(
                        entry.fromPaper(confirmedBy).booked(enteredBy, now, written == 1 ? key : key + "/" + written));
            }
            journal.flush();
        }
    }
}
