package nl.kringwerk.rounds.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.cluster.Cluster;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.insights.service.SummaryOutbox;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.domain.Tallies;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret round through the real services on MariaDB: a circle of eight at the first session of
 * its cycle, everyone present, 400 in the box.
 */
class SecretRoundServiceTest extends ServiceTest {

    private static final int FOR = 0;
    private static final int AGAINST = 1;
    private static final int BLANK = 2;

    @Autowired
    SecretRoundService rounds;

    @Autowired
    LoanService loans;

    @Autowired
    Savings savings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryOutbox outbox;

    @Autowired
    Cluster cluster;

    SavingsFixture f;

    @BeforeEach
    void aCircleOfEightAtItsFirstSession() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        for (String name : List.of("Yvonne", "Naima", "Els", "Priya")) {
            savings.bookings().bookDeposit(f.sessionId, f.member(name), "100", key());
        }
    }

    @Test
    void aBallotsTotalsBecomeTheLoansDecisionExactlyAsACountedDecisionDoes() {
        long byBallot = request("Yvonne", "120");
        long byHands = request("Naima", "120");
        long round = rounds.openLoanBallot(f.sessionId, byBallot, "2", RepaymentPlan.INSTALMENTS);
        voteAll(round, FOR, FOR, FOR, FOR, FOR, AGAINST, AGAINST, BLANK);
        loans.decide(f.sessionId, byHands, new LoanDecision(true, new Tally(5, 2, 1), "2", RepaymentPlan.INSTALMENTS));

        LoanLine ballot = loans.loan(byBallot);
        LoanLine hands = loans.loan(byHands);
        assertThat(ballot.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(ballot.tally()).isEqualTo(new Tally(5, 2, 1)).isEqualTo(hands.tally());
        assertThat(ballot.terms()).isEqualTo(hands.terms());
        assertThat(jdbc.queryForMap(
                        "SELECT decided_session_id, votes_for, votes_against, votes_abstain, interest_bp,"
                                + " interest_cents, instalments, status FROM loan WHERE id = ?",
                        byBallot))
                .isEqualTo(jdbc.queryForMap(
                        "SELECT decided_session_id, votes_for, votes_against, votes_abstain, interest_bp,"
                                + " interest_cents, instalments, status FROM loan WHERE id = ?",
                        byHands));
        RoundResult result = rounds.result(round);
        assertThat(result.status()).isEqualTo(RoundStatus.ENDED);
        assertThat(result.loanApproved()).isTrue();
        assertThat(result.taps()).isEqualTo(8);
    }

    @Test
    void aBallotWithoutAMajorityDeclinesAndOneWithoutVotesDecidesNothing() {
        long declined = request("Yvonne", "50");
        long round = rounds.openLoanBallot(f.sessionId, declined, "0", RepaymentPlan.AT_END);
        voteAll(round, FOR, FOR, FOR, AGAINST, AGAINST, AGAINST, BLANK, BLANK);
        assertThat(loans.loan(declined).status()).isEqualTo(LoanStatus.DECLINED);
        assertThat(loans.loan(declined).tally()).isEqualTo(new Tally(3, 3, 2));

        long open = request("Els", "50");
        long empty = rounds.openLoanBallot(f.sessionId, open, "0", RepaymentPlan.AT_END);
        RoundResult nobody = rounds.end(empty);
        assertThat(nobody.loanApproved()).isNull();
        assertThat(loans.loan(open).status()).isEqualTo(LoanStatus.REQUESTED);
        // The chair may put it to the group again, by ballot or by hands.
        long again = rounds.openLoanBallot(f.sessionId, open, "0", RepaymentPlan.AT_END);
        rounds.tap(again, f.member("Samira"), new int[] {FOR});
        rounds.tap(again, f.member("Fatma"), new int[] {AGAINST});
        rounds.tap(again, f.member("Anja"), new int[] {FOR});
        rounds.end(again);
        assertThat(loans.loan(open).status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(loans.loan(open).tally()).isEqualTo(new Tally(2, 1, 0));
    }

    @Test
    void everyonePresentTapsOnceAndNobodyElse() {
        long round = rounds.openLoanBallot(f.sessionId, request("Yvonne", "50"), "0", RepaymentPlan.AT_END);
        rounds.tap(round, f.member("Samira"), new int[] {FOR});
        refused(() -> rounds.tap(round, f.member("Samira"), new int[] {AGAINST}), "error.round-tapped");
        refused(() -> rounds.tap(round, f.world.memberB(), new int[] {AGAINST}), "error.member-not-present");
        refused(() -> rounds.tap(round, f.member("Fatma"), new int[] {3}), "error.round-answer");
        refused(() -> rounds.tap(round, f.member("Fatma"), new int[] {Tallies.SKIPPED}), "error.round-answer");
        RoundView view = rounds.round(round);
        assertThat(view.done()).isEqualTo(1);
        assertThat(view.present()).isEqualTo(8);
        assertThat(view.waiting())
                .extracting(RoundView.Waiting::name)
                .doesNotContain("Samira")
                .hasSize(7);
        rounds.tap(round, f.member("Fatma"), new int[] {AGAINST});
        rounds.tap(round, f.member("Anja"), new int[] {FOR});
        RoundResult result = rounds.end(round);
        assertThat(result.tallies().count(0, FOR)).isEqualTo(2);
        assertThat(result.tallies().answered(0)).isEqualTo(3);
        refused(() -> rounds.tap(round, f.member("Gloria"), new int[] {FOR}), "error.round-ended");
    }

    /**
     * Several instances: a tap commits who tapped, then puts the new totals in the cluster's map. If the
     * instance stops between the two, the map keeps the totals of one tap less. The round must not go on
     * (or end) as if that answer had never been given: it is lost, as when the totals are gone.
     */
    @Test
    void totalsThatMissACommittedTapCountAsLostAndDecideNothing() {
        long loanId = request("Yvonne", "50");
        long ballot = rounds.openLoanBallot(f.sessionId, loanId, "0", RepaymentPlan.AT_END);
        Map<Long, Serializable> totals = cluster.map("kringwerk.secret-round-tallies");
        rounds.tap(ballot, f.member("Samira"), new int[] {AGAINST});
        rounds.tap(ballot, f.member("Fatma"), new int[] {AGAINST});
        rounds.tap(ballot, f.member("Anja"), new int[] {FOR});
        Serializable beforeFourthTap = totals.get(ballot);
        rounds.tap(ballot, f.member("Gloria"), new int[] {AGAINST});
        // The fourth tap committed, but its totals never reached the map.
        totals.put(ballot, beforeFourthTap);

        refused(() -> rounds.tap(ballot, f.member("Els"), new int[] {FOR}), "error.round-lost");
        RoundResult result = rounds.end(ballot);
        assertThat(result.status()).isEqualTo(RoundStatus.LOST);
        assertThat(result.loanApproved()).isNull();
        assertThat(loans.loans(f.world.groupA()))
                .filteredOn(l -> l.loanId() == loanId)
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(LoanStatus.REQUESTED));
    }

    /**
     * Ended early after one or two taps, a round shows no totals: they would be those people's own
     * answers, and the tablet listed who had tapped. A ballot stays undecided and may be held again.
     */
    @Test
    void aRoundEndedAfterOneOrTwoTapsShowsNoTotalsAndDecidesNothing() {
        long loanId = request("Yvonne", "50");
        long ballot = rounds.openLoanBallot(f.sessionId, loanId, "0", RepaymentPlan.AT_END);
        rounds.tap(ballot, f.member("Samira"), new int[] {AGAINST});
        rounds.tap(ballot, f.member("Fatma"), new int[] {FOR});
        RoundResult result = rounds.end(ballot);
        assertThat(result.status()).isEqualTo(RoundStatus.SKIPPED);
        assertThat(result.taps()).isEqualTo(2);
        assertThat(result.tallies().answered(0)).isZero();
        assertThat(result.loanApproved()).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM secret_round_count WHERE round_id = ?", Long.class, ballot))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_round_done WHERE round_id = ?", Long.class, ballot))
                .isZero();
        assertThat(loans.loans(f.world.groupA()))
                .filteredOn(l -> l.loanId() == loanId)
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(LoanStatus.REQUESTED));
        // Held again, with enough taps it decides.
        long again = rounds.openLoanBallot(f.sessionId, loanId, "0", RepaymentPlan.AT_END);
        voteAll(again, FOR, FOR, FOR, FOR, AGAINST, BLANK, FOR, FOR);
        assertThat(rounds.result(again).loanApproved()).isTrue();
    }

    @Test
    void theSessionCannotCloseWhileARoundRunsAndNothingIsWritten() {
        long loan = request("Yvonne", "50");
        long round = rounds.openLoanBallot(f.sessionId, loan, "0", RepaymentPlan.AT_END);
        rounds.tap(round, f.member("Samira"), new int[] {FOR});
        Map<String, Long> before = checksums();

        refused(() -> savings.sessions().closeSession(f.sessionId, "400"), "error.session-round-running");

        assertThat(changedSince(before)).isEmpty();
        // The round can still end and decide: the session is still open.
        rounds.tap(round, f.member("Fatma"), new int[] {FOR});
        rounds.tap(round, f.member("Anja"), new int[] {AGAINST});
        assertThat(rounds.end(round).status()).isEqualTo(RoundStatus.ENDED);
        assertThat(loans.loan(loan).status()).isEqualTo(LoanStatus.APPROVED);
        savings.sessions().closeSession(f.sessionId, "400");
    }

    @Test
    void aMemberWhoMayTapCannotBeMarkedAbsentWhileTheRoundRuns() {
        long loan = request("Yvonne", "50");
        long round = rounds.openLoanBallot(f.sessionId, loan, "0", RepaymentPlan.AT_END);
        rounds.tap(round, f.member("Priya"), new int[] {FOR});
        Map<String, Long> before = checksums();

        refused(
                () -> savings.sessions().markAttendance(f.sessionId, f.member("Priya"), AttendanceStatus.ABSENT),
                "error.attendance-round-running");
        refused(
                () -> savings.sessions().markAttendance(f.sessionId, f.member("Els"), AttendanceStatus.EXCUSED),
                "error.attendance-round-running");

        assertThat(changedSince(before)).isEmpty();
        // Marking her present again changes nothing and is no reason to refuse.
        savings.sessions().markAttendance(f.sessionId, f.member("Els"), AttendanceStatus.PRESENT);
        f.members.stream().filter(m -> m != f.member("Priya")).forEach(m -> rounds.tap(round, m, new int[] {FOR}));
        assertThat(rounds.result(round).status()).isEqualTo(RoundStatus.ENDED);
        assertThat(loans.loan(loan).status()).isEqualTo(LoanStatus.APPROVED);
        // Once the round has ended, she may leave.
        savings.sessions().markAttendance(f.sessionId, f.member("Priya"), AttendanceStatus.ABSENT);
    }

    @Test
    void aBallotWhoseDecisionIsRefusedEndsWithoutDecidingInsteadOfStayingOpen() {
        long loan = request("Yvonne", "50");
        long round = rounds.openLoanBallot(f.sessionId, loan, "0", RepaymentPlan.AT_END);
        rounds.tap(round, f.member("Samira"), new int[] {AGAINST});
        rounds.tap(round, f.member("Fatma"), new int[] {AGAINST});
        rounds.tap(round, f.member("Anja"), new int[] {AGAINST});
        // Meanwhile the loan was decided by a show of hands: the ballot cannot decide it again.
        loans.decide(f.sessionId, loan, new LoanDecision(true, new Tally(5, 2, 1), "2", RepaymentPlan.INSTALMENTS));

        RoundResult ended = rounds.end(round);

        assertThat(ended.status()).isEqualTo(RoundStatus.SKIPPED);
        assertThat(ended.loanApproved()).isNull();
        assertThat(rounds.round(round).isOpen()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_round_done WHERE round_id = ?", Long.class, round))
                .isZero();
        assertThat(loans.loan(loan).status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(loans.loan(loan).tally()).isEqualTo(new Tally(5, 2, 1));

        // The same when the last tap ends the round.
        long other = request("Els", "50");
        long second = rounds.openLoanBallot(f.sessionId, other, "0", RepaymentPlan.AT_END);
        loans.decide(f.sessionId, other, new LoanDecision(false, new Tally(1, 6, 1), "0", RepaymentPlan.AT_END));
        voteAll(second, FOR, FOR, FOR, FOR, FOR, FOR, FOR, FOR);
        assertThat(rounds.result(second).status()).isEqualTo(RoundStatus.SKIPPED);
        assertThat(loans.loan(other).status()).isEqualTo(LoanStatus.DECLINED);
    }

    @Test
    void aRoundCannotBeReadBeforeItEnds() {
        assertThat(rounds.outcomeDue(f.sessionId)).contains(OutcomePhase.START);
        long round = rounds.openOutcome(f.sessionId, 5);
        rounds.tap(round, f.member("Samira"), new int[] {4, 4, 3, Tallies.SKIPPED, 2});
        refused(() -> rounds.result(round), "error.round-still-open");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM secret_round_count WHERE round_id = ?", Long.class, round))
                .as("no total is written while the round runs")
                .isZero();
        rounds.tap(round, f.member("Fatma"), new int[] {0, 4, 3, 1, Tallies.SKIPPED});
        rounds.tap(round, f.member("Anja"), new int[] {2, 2, 2, 2, 2});
        RoundResult result = rounds.end(round);
        assertThat(result.tallies().count(0, 4)).isEqualTo(1);
        assertThat(result.tallies().count(0, 0)).isEqualTo(1);
        assertThat(result.tallies().answered(3)).isEqualTo(2);
        assertThat(result.phase()).isEqualTo(OutcomePhase.START);
        assertThat(rounds.outcomeDue(f.sessionId)).as("asked once per session").isEmpty();
    }

    @Test
    void theGroupMaySkipTheOutcomeQuestionsAndNothingIsCounted() {
        long round = rounds.skipOutcome(f.sessionId);
        RoundResult result = rounds.result(round);
        assertThat(result.status()).isEqualTo(RoundStatus.SKIPPED);
        assertThat(result.taps()).isZero();
        assertThat(rounds.outcomeDue(f.sessionId)).isEmpty();
        refused(() -> rounds.openOutcome(f.sessionId, 3), "error.round-held");
    }

    /**
     * Every table of the schema is compared before, during and after an outcome round and a ballot:
     * only the round's own tables (and the loan, the summary) change, the round's tables have no
     * column for a member except the list of who tapped, and that list is empty once the round ends.
     */
    @Test
    void noTableARoundWritesLinksAMemberToAnAnswer() {
        long loanId = request("Yvonne", "50");
        // What the loan request left for the summary is applied first (issue 22's outbox), so only the round writes
        // now.
        outbox.applyPending();
        Map<String, Long> before = checksums();
        long outcome = rounds.openOutcome(f.sessionId, 3);
        for (String name : List.of("Samira", "Fatma", "Anja")) {
            rounds.tap(outcome, f.member(name), new int[] {2, 1, 0, 2, Tallies.SKIPPED});
        }
        assertThat(changedSince(before))
                .as("while the round runs: who tapped, how many tapped, no answer")
                .containsExactlyInAnyOrder("secret_round", "secret_round_done");
        assertThat(jdbc.queryForList("SELECT * FROM secret_round_done WHERE round_id = ?", outcome))
                .allSatisfy(row -> assertThat(row.keySet()).containsExactlyInAnyOrder("round_id", "member_id"));
        rounds.end(outcome);
        long ballot = rounds.openLoanBallot(f.sessionId, loanId, "0", RepaymentPlan.AT_END);
        voteAll(ballot, FOR, FOR, FOR, FOR, AGAINST, BLANK, FOR, FOR);

        assertThat(changedSince(before))
                .allSatisfy(table -> assertThat(table).matches("secret_round|secret_round_count|loan|insight_.*"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM secret_round_done WHERE round_id IN (?, ?)", Long.class, outcome, ballot))
                .as("who tapped is forgotten when the round ends")
                .isZero();
        List<String> roundColumns = jdbc.queryForList(
                "SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name IN ('secret_round', 'secret_round_count')",
                String.class);
        assertThat(roundColumns).noneMatch(c -> c.contains("member"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                                + " AND column_name LIKE '%member%' AND table_name LIKE 'secret_round%'",
                        Long.class))
                .as("only secret_round_done names a member")
                .isEqualTo(1);
        // The totals of the outcome round, no more.
        RoundResult totals = rounds.result(outcome);
        assertThat(totals.tallies().count(0, 2)).isEqualTo(3);
        assertThat(totals.tallies().answered(4)).isZero();
    }

    @Test
    void peopleOfOtherGroupsAndFundersReachNoRoundOfGroupA() {
        long loanId = request("Yvonne", "50");
        long ballot = rounds.openLoanBallot(f.sessionId, loanId, "0", RepaymentPlan.AT_END);
        rounds.tap(ballot, f.member("Samira"), new int[] {FOR});
        long outcome = rounds.openOutcome(f.sessionId, 3);
        long ended = rounds.openLoanBallot(f.sessionId, request("Els", "50"), "0", RepaymentPlan.AT_END);
        rounds.end(ended);
        long roundsBefore = count("secret_round");
        List<Method> methods = ServiceMethods.takingFirst(
                List.of("sessionId", "roundId", "listeningSessionId"), SecretRoundService.class);
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "openLoanBallot",
                        "openOutcome",
                        "skipOutcome",
                        "outcomeDue",
                        "openClosing",
                        "roundsOfSavingsSession",
                        "roundsOfListeningSession",
                        "round",
                        "tap",
                        "end",
                        "result");
        for (String outsider : List.of(f.world.coordinatorB(), f.world.facilitatorB(), f.world.funder())) {
            signInAs(outsider);
            for (Method method : methods) {
                for (long roundId : new long[] {ballot, outcome, ended}) {
                    Object[] args = argumentsFor(method, loanId, roundId);
                    assertThatThrownBy(() -> ServiceMethods.call(rounds, method, args))
                            .as("%s calling %s", outsider, method.getName())
                            .isInstanceOf(NotFoundOrNotAllowedException.class);
                }
            }
        }
        signInAs(f.world.coordinatorA());
        assertThat(count("secret_round")).isEqualTo(roundsBefore);
        assertThat(rounds.round(ballot).done()).isEqualTo(1);
        assertThat(rounds.round(outcome).done()).isZero();
    }

    private Object[] argumentsFor(Method method, long loanId, long roundId) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            args[i] = switch (p.getName()) {
                case "sessionId" -> f.sessionId;
                // A listening session id of group A does not exist here: the savings session's id is as foreign.
                case "listeningSessionId" -> f.sessionId;
                case "roundId" -> roundId;
                case "loanId" -> loanId;
                case "memberId" -> f.member("Fatma");
                case "interestText" -> "0";
                case "plan" -> RepaymentPlan.AT_END;
                case "scale" -> 3;
                case "answers" -> new int[] {0};
                default -> throw new AssertionError("No test argument for " + p + " of " + method);
            };
        }
        return args;
    }

    private void voteAll(long round, int... votes) {
        List<Long> members = f.members;
        for (int i = 0; i < votes.length; i++) {
            rounds.tap(round, members.get(i), new int[] {votes[i]});
        }
    }

    private long request(String name, String amount) {
        return loans.request(f.world.groupA(), new LoanRequest(f.member(name), amount, 8, null), key());
    }

    private Map<String, Long> checksums() {
        // What earlier bookings left for the summary is applied first: the background applier would
        // otherwise change insight_outbox and the summary tables between two snapshots.
        outbox.applyPending();
        Map<String, Long> sums = new HashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE'",
                String.class)) {
            jdbc.query("CHECKSUM TABLE `" + table + "`", rs -> {
                sums.put(table, rs.getLong(2));
            });
        }
        return sums;
    }

    private List<String> changedSince(Map<String, Long> before) {
        Map<String, Long> now = checksums();
        return now.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
