package nl.kringwerk.rounds.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Percent;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.loans.domain.InterestRate;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.domain.SecretRound;
import nl.kringwerk.rounds.domain.SecretRoundRepository;
import nl.kringwerk.rounds.domain.Tallies;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A secret round on the group's one tablet: the tablet goes round, each person present taps once in
 * private, and only the totals are kept and shown, once everyone is done or the chair ends it. One
 * mechanism for three questions: a loan decided by secret ballot (its totals become the loan's
 * decision through {@link LoanService#decide}, exactly as a count by show of hands does), the
 * outcome statements at the first and last session of a cycle, and a listening group's closing tap.
 *
 * <p>How "once per person" holds without a link between a person and her answer: the members who
 * tapped are kept in {@code secret_round_done} (no answer there) while the round runs; the answers
 * are added up in memory ({@link OpenTallies}); ending the round writes the totals and deletes the
 * done rows. Every method opens the group through {@link GroupService} first.
 */
@Service
public class SecretRoundService {

    /** Fewer people than this: a "secret" answer would be nobody's secret. */
    public static final int MIN_PRESENT = 2;

    /**
     * A round the chair ends early shows its totals only when at least this many tapped: with one or
     * two answers, the totals would be those people's own answers, and the tablet listed who tapped.
     */
    public static final int MIN_SHOWN = 3;

    private final GroupService groups;
    private final SavingsFacts savings;
    private final LoanService loans;
    private final ListeningRunService listening;
    private final SecretRoundRepository rounds;
    private final OpenTallies tallies;
    private final OutcomeWordingService wording;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    SecretRoundService(
            GroupService groups,
            SavingsFacts savings,
            LoanService loans,
            ListeningRunService listening,
            SecretRoundRepository rounds,
            OpenTallies tallies,
            OutcomeWordingService wording,
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.savings = savings;
        this.loans = loans;
        this.listening = listening;
        this.rounds = rounds;
        this.tallies = tallies;
        this.wording = wording;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- opening --------------------------------------------------------------------------------

    /**
     * The chair puts a request to a secret ballot instead of a show of hands. What is voted on is
     * fixed first: the interest and how it is paid back, as the chair would record with the hands.
     */
    @Transactional
    public long openLoanBallot(long sessionId, long loanId, String interestText, RepaymentPlan plan) {
        SavingsFacts.SessionRecord at = openSavingsSession(sessionId);
        LoanLine loan = loans.loans(at.group().id()).stream()
                .filter(l -> l.loanId() == loanId)
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (loan.status() != LoanStatus.REQUESTED) {
            throw InvalidInputException.of("loan", "error.loan-decided");
        }
        at.cycle().cycle().requireNotSharingOut();
        int interestBp = InterestRate.parsePercent(interestText).basisPointsPer4Weeks();
        requireEnoughPresent(at.present().size());
        boolean running = rounds.findBySavingsSessionIdOrderById(sessionId).stream()
                .anyMatch(r -> r.getStatus() == RoundStatus.OPEN
                        && Long.valueOf(loanId).equals(r.getLoanId()));
        if (running) {
            throw InvalidInputException.of("round", "error.round-running");
        }
        return rounds.saveAndFlush(SecretRound.loanBallot(
                        at.group().id(), sessionId, loanId, interestBp, plan.name(), clock.instant(), username()))
                .getId();
    }

    /**
     * Whether this session asks the outcome statements, and at which end of the cycle: its first
     * session, or its last (or any session once the share-out is fixed). Empty when not, or when the
     * group answered or skipped them already at this session.
     */
    @Transactional(readOnly = true)
    public Optional<OutcomePhase> outcomeDue(long sessionId) {
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        if (rounds.findBySavingsSessionIdOrderById(sessionId).stream()
                .anyMatch(r -> r.getPurpose() == RoundPurpose.OUTCOME)) {
            return Optional.empty();
        }
        return phaseOf(at);
    }

    /** The outcome statements, on a 3- or 5-point scale; every statement may be passed over. */
    @Transactional
    public long openOutcome(long sessionId, int scale) {
        return outcome(sessionId, scale, false);
    }

    /** The group does not answer the outcome statements this time; nothing else is kept. */
    @Transactional
    public long skipOutcome(long sessionId) {
        return outcome(sessionId, 3, true);
    }

    private long outcome(long sessionId, int scale, boolean skipped) {
        SavingsFacts.SessionRecord at = openSavingsSession(sessionId);
        if (scale != 3 && scale != 5) {
            throw InvalidInputException.of("scale", "error.round-scale");
        }
        OutcomePhase phase = phaseOf(at).orElseThrow(() -> InvalidInputException.of("round", "error.round-not-due"));
        if (rounds.findBySavingsSessionIdOrderById(sessionId).stream()
                .anyMatch(r -> r.getPurpose() == RoundPurpose.OUTCOME)) {
            throw InvalidInputException.of("round", "error.round-held");
        }
        if (!skipped) {
            requireEnoughPresent(at.present().size());
        }
        SecretRound round = rounds.saveAndFlush(
                SecretRound.outcome(at.group().id(), sessionId, phase, scale, skipped, clock.instant(), username()));
        if (!skipped) {
            // The end of a cycle asks the words its start asked (OutcomeWordingService).
            Long startRound = phase != OutcomePhase.END
                    ? null
                    : at.cycle().sessions().stream()
                            .flatMap(s -> rounds.findBySavingsSessionIdOrderById(s.getId()).stream())
                            .filter(r -> r.getPurpose() == RoundPurpose.OUTCOME
                                    && r.getPhase() == OutcomePhase.START
                                    && r.getStatus() != RoundStatus.SKIPPED)
                            .map(SecretRound::getId)
                            .max(Long::compare)
                            .orElse(null);
            wording.freeze(round.getId(), at.group().ref().organisationId(), startRound);
        }
        return round.getId();
    }

    /** A listening group's closing tap: lighter, the same or heavier going home. */
    @Transactional
    public long openClosing(long listeningSessionId) {
        RunState state = listening.run(listeningSessionId);
        if (state.status() != ListeningStatus.RUNNING) {
            throw InvalidInputException.of("round", "error.round-session-not-running");
        }
        if (rounds.findByListeningSessionIdOrderById(listeningSessionId).stream()
                .anyMatch(r -> r.getPurpose() == RoundPurpose.CLOSING)) {
            throw InvalidInputException.of("round", "error.round-held");
        }
        requireEnoughPresent(state.present().size());
        return rounds.saveAndFlush(
                        SecretRound.closing(state.groupId(), listeningSessionId, clock.instant(), username()))
                .getId();
    }

    // --- the round ------------------------------------------------------------------------------

    /** The rounds of a savings session, the newest last. */
    @Transactional(readOnly = true)
    public List<RoundView> roundsOfSavingsSession(long sessionId) {
        savings.session(sessionId);
        return rounds.findBySavingsSessionIdOrderById(sessionId).stream()
                .map(this::view)
                .toList();
    }

    /** The rounds of a listening session. */
    @Transactional(readOnly = true)
    public List<RoundView> roundsOfListeningSession(long listeningSessionId) {
        listening.run(listeningSessionId);
        return rounds.findByListeningSessionIdOrderById(listeningSessionId).stream()
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public RoundView round(long roundId) {
        return view(permitted(roundId));
    }

    /**
     * Her one tap: an answer per statement ({@link Tallies#SKIPPED} to pass one over, outcome rounds
     * only). Refused when she is not present, has tapped already, or the round has ended. The last
     * one present ends the round.
     */
    public RoundView tap(long roundId, long memberId, int[] answers) {
        return tallies.locked(roundId, () -> {
            Tallies[] after = new Tallies[1];
            int[] tapsAfter = new int[1];
            RoundView view = transaction.execute(status -> {
                SecretRound round = rounds.findForTap(roundId).orElseThrow(NotFoundOrNotAllowedException::new);
                groups.requireAccess(round.getGroupId());
                requireOpen(round);
                Map<Long, String> present = present(round);
                if (!present.containsKey(memberId)) {
                    throw InvalidInputException.of("member", "error.member-not-present");
                }
                Tallies sofar = tallies.of(roundId, round.getTaps());
                if (sofar == null && round.getTaps() > 0) {
                    throw InvalidInputException.of("round", "error.round-lost");
                }
                if (sofar == null) {
                    sofar = Tallies.empty(round.getPurpose().questions(), round.getScale());
                }
                if (!sofar.fits(answers, round.getPurpose() == RoundPurpose.OUTCOME)) {
                    throw InvalidInputException.of("answer", "error.round-answer");
                }
                if (done(roundId).contains(memberId)) {
                    throw InvalidInputException.of("member", "error.round-tapped");
                }
                jdbc.update(
                        "INSERT INTO secret_round_done (round_id, member_id) VALUES (:r, :m)",
                        new MapSqlParameterSource("r", roundId).addValue("m", memberId));
                round.tapped();
                tapsAfter[0] = round.getTaps();
                Tallies next = sofar.plus(answers);
                if (done(roundId).containsAll(present.keySet())) {
                    finish(round, next);
                    after[0] = null;
                } else {
                    after[0] = next;
                }
                return view(round);
            });
            // Only after the commit: a refused or failed tap leaves the totals as they were.
            if (after[0] == null) {
                tallies.forget(roundId);
            } else {
                tallies.put(roundId, after[0], tapsAfter[0]);
            }
            return view;
        });
    }

    /**
     * The chair ends the round before everyone tapped: the totals so far are kept and shown, if at
     * least {@link #MIN_SHOWN} tapped; otherwise the round ends without totals (SKIPPED, a loan stays
     * undecided) and may be held again.
     */
    public RoundResult end(long roundId) {
        return tallies.locked(roundId, () -> {
            RoundResult result = transaction.execute(status -> {
                SecretRound round = rounds.findForTap(roundId).orElseThrow(NotFoundOrNotAllowedException::new);
                groups.requireAccess(round.getGroupId());
                requireOpen(round);
                Tallies sofar = tallies.of(roundId, round.getTaps());
                // Without totals: the answers were lost with a stopped server, or one or two answers
                // would be those people's own (the tablet showed who had tapped).
                RoundStatus withoutTotals = round.getTaps() == 0
                        ? null
                        : sofar == null ? RoundStatus.LOST : round.getTaps() < MIN_SHOWN ? RoundStatus.SKIPPED : null;
                if (withoutTotals != null) {
                    deleteDone(roundId);
                    round.end(withoutTotals, clock.instant(), username());
                    rounds.flush();
                    return result(round);
                }
                finish(round, sofar == null ? Tallies.empty(round.getPurpose().questions(), round.getScale()) : sofar);
                return result(round);
            });
            tallies.forget(roundId);
            return result;
        });
    }

    /** The totals of an ended round. A round that still runs cannot be read: not even its chair sees a total. */
    @Transactional(readOnly = true)
    public RoundResult result(long roundId) {
        SecretRound round = permitted(roundId);
        if (round.getStatus() == RoundStatus.OPEN) {
            throw InvalidInputException.of("round", "error.round-still-open");
        }
        return result(round);
    }

    // --- internals ------------------------------------------------------------------------------

    /**
     * Writes the totals, forgets who tapped, and (a ballot) makes the totals the loan's decision. A
     * ballot whose decision the loan refuses now (decided by hands meanwhile, the share-out began)
     * ends without totals (SKIPPED, the loan as it is), so the round never stays open for good.
     */
    private void finish(SecretRound round, Tallies totals) {
        long roundId = round.getId();
        @Nullable LoanDecision decision = decisionOf(round, totals);
        if (decision != null
                && !loans.decisionProblems(round.getSavingsSessionId(), round.getLoanId(), decision)
                        .isEmpty()) {
            deleteDone(roundId);
            round.end(RoundStatus.SKIPPED, clock.instant(), username());
            rounds.flush();
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int q = 0; q < totals.questions(); q++) {
            for (int a = 0; a < totals.scale(); a++) {
                rows.add(new MapSqlParameterSource("r", roundId)
                        .addValue("q", q)
                        .addValue("a", a)
                        .addValue("n", totals.count(q, a)));
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO secret_round_count (round_id, question, answer, answers) VALUES (:r, :q, :a, :n)",
                rows.toArray(SqlParameterSource[]::new));
        deleteDone(roundId);
        round.end(RoundStatus.ENDED, clock.instant(), username());
        rounds.flush();
        if (decision != null) {
            loans.decide(round.getSavingsSessionId(), round.getLoanId(), decision);
        }
    }

    /** The loan decision a ballot's totals make; null for another round, or a ballot without votes. */
    private static @Nullable LoanDecision decisionOf(SecretRound round, Tallies totals) {
        if (round.getPurpose() != RoundPurpose.LOAN_BALLOT) {
            return null;
        }
        Tally tally = new Tally(totals.count(0, 0), totals.count(0, 1), totals.count(0, 2));
        if (tally.total() == 0) {
            return null;
        }
        return new LoanDecision(
                tally.inFavour() > tally.against(),
                tally,
                Percent.format(round.getInterestBp()),
                RepaymentPlan.valueOf(round.getRepaymentPlan()));
    }

    private void deleteDone(long roundId) {
        jdbc.update("DELETE FROM secret_round_done WHERE round_id = :r", new MapSqlParameterSource("r", roundId));
    }

    private Set<Long> done(long roundId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT member_id FROM secret_round_done WHERE round_id = :r",
                new MapSqlParameterSource("r", roundId),
                Long.class));
    }

    private SecretRound permitted(long roundId) {
        SecretRound round = rounds.findById(roundId).orElseThrow(NotFoundOrNotAllowedException::new);
        groups.requireAccess(round.getGroupId());
        return round;
    }

    private static void requireOpen(SecretRound round) {
        if (round.getStatus() != RoundStatus.OPEN) {
            throw InvalidInputException.of("round", "error.round-ended");
        }
    }

    private static void requireEnoughPresent(int present) {
        if (present < MIN_PRESENT) {
            throw InvalidInputException.of("round", "error.round-too-few", MIN_PRESENT);
        }
    }

    private SavingsFacts.SessionRecord openSavingsSession(long sessionId) {
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        if (at.session().getStatus() != SessionStatus.OPEN) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
        return at;
    }

    private static Optional<OutcomePhase> phaseOf(SavingsFacts.SessionRecord at) {
        List<SavingsSession> sessions = at.cycle().sessions().stream()
                .sorted(Comparator.comparing(SavingsSession::getPlannedOn))
                .toList();
        long id = at.session().getId();
        if (at.cycle().cycle().isSharingOut()
                || (!sessions.isEmpty() && sessions.get(sessions.size() - 1).getId() == id && sessions.size() > 1)) {
            return Optional.of(OutcomePhase.END);
        }
        if (!sessions.isEmpty() && sessions.get(0).getId() == id) {
            return Optional.of(OutcomePhase.START);
        }
        return Optional.empty();
    }

    /** Who is present at the round's session, by id, with her name. */
    private Map<Long, String> present(SecretRound round) {
        Map<Long, String> present = new LinkedHashMap<>();
        if (round.getSavingsSessionId() != null) {
            SavingsFacts.SessionRecord at = savings.session(round.getSavingsSessionId());
            at.present().forEach(id -> present.put(id, at.group().nameOf(id)));
        } else {
            listening.run(round.getListeningSessionId()).present().forEach(a -> present.put(a.memberId(), a.name()));
        }
        return present;
    }

    private RoundView view(SecretRound round) {
        boolean open = round.getStatus() == RoundStatus.OPEN;
        Map<Long, String> present = open ? present(round) : Map.of();
        Set<Long> done = open ? done(round.getId()) : Set.of();
        List<RoundView.Waiting> waiting = present.entrySet().stream()
                .filter(e -> !done.contains(e.getKey()))
                .map(e -> new RoundView.Waiting(e.getKey(), e.getValue()))
                .toList();
        @Nullable LoanLine loan = round.getLoanId() == null ? null : loans.loan(round.getLoanId());
        return new RoundView(
                round.getId(),
                round.getPurpose(),
                round.getPhase(),
                round.getScale(),
                round.getStatus(),
                round.getTaps(),
                open ? present.size() : round.getTaps(),
                waiting,
                open && round.getTaps() > 0 && tallies.of(round.getId(), round.getTaps()) == null,
                loan == null ? null : loan.memberName(),
                loan == null ? null : loan.principal(),
                loan == null ? 0 : loan.weeks(),
                groups.screenLanguages(round.getGroupId()),
                round.getSavingsSessionId(),
                round.getListeningSessionId(),
                wording.usedIn(round));
    }

    private RoundResult result(SecretRound round) {
        int[][] counts = new int[round.getPurpose().questions()][round.getScale()];
        jdbc.query(
                "SELECT question, answer, answers FROM secret_round_count WHERE round_id = :r",
                new MapSqlParameterSource("r", round.getId()),
                rs -> {
                    counts[rs.getInt(1)][rs.getInt(2)] = rs.getInt(3);
                });
        Tallies totals = Tallies.of(counts);
        Boolean approved = null;
        if (round.getPurpose() == RoundPurpose.LOAN_BALLOT && round.getStatus() == RoundStatus.ENDED) {
            int inFavour = totals.count(0, 0);
            int against = totals.count(0, 1);
            approved = totals.answered(0) == 0 ? null : inFavour > against;
        }
        return new RoundResult(
                round.getId(),
                round.getPurpose(),
                round.getPhase(),
                round.getScale(),
                round.getStatus(),
                round.getTaps(),
                totals,
                approved);
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
