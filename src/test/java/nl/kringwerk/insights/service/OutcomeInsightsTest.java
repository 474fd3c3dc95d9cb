package nl.kringwerk.insights.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.GroupPeriod;
import nl.kringwerk.insights.domain.Outcomes;
import nl.kringwerk.insights.domain.Protection;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcome answers of secret rounds reach the summary tables and the protected insights, and
 * nothing else reads them. Three circles of eight in a town of their own answer the five
 * statements on a 5-point scale at the first session of their cycle.
 */
class OutcomeInsightsTest extends ServiceTest {

    /** Per circle, each member's answer to all five statements (0 = not true at all ... 4 = very true). */
    private static final int[][] ANSWERS = {{4, 4, 3, 2, 1, 0, 4, 3}, {3, 3, 3, 3, 2, 2, 1, 0}, {4, 4, 4, 4, 4, 2, 1, 0}
    };

    @Autowired
    SummaryOutbox outbox;

    @Autowired
    SecretRoundService rounds;

    @Autowired
    Savings savings;

    @Autowired
    SummaryStore store;

    @Autowired
    RawFigures raw;

    @Autowired
    InsightsService insights;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void outcomeAnswersReachTheSummaryAndOnlyProtectedFigures() {
        String town = "Uitkomststad-" + System.nanoTime();
        List<Long> groupIds = new ArrayList<>();
        TestWorld.World first = null;
        long low = 0;
        long mid = 0;
        long high = 0;
        for (int[] answers : ANSWERS) {
            TestWorld.World world = testWorld.create();
            first = first == null ? world : first;
            signInAs(world.coordinatorA());
            SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
            long round = rounds.openOutcome(f.sessionId, 5);
            for (int i = 0; i < answers.length; i++) {
                int a = answers[i];
                rounds.tap(round, f.members.get(i), new int[] {a, a, a, a, a});
                low += a <= 1 ? 5 : 0;
                mid += a == 2 ? 5 : 0;
                high += a >= 3 ? 5 : 0;
            }
            groupIds.add(world.groupA());
            Outcomes own = yearOf(world.groupA()).outcomes();
            assertThat(own.startAnswers())
                    .as("the summary of the group holds its totals")
                    .isEqualTo(40);
            assertThat(own.startPeople()).isEqualTo(8);
            assertThat(own.startGroups()).isEqualTo(1);
            assertThat(own.endAnswers() + own.closingTaps()).isZero();
        }
        assertThat(store.storedPeriods(groupIds))
                .as("the summary agrees with the raw tables")
                .containsExactlyInAnyOrderElementsOf(
                        raw.periods(RawFigures.Selection.of(groupIds), LocalDate.now(TestClock.AMSTERDAM)));

        jdbc.update(
                "UPDATE kring SET municipality = ? WHERE id IN (?, ?, ?)",
                town,
                groupIds.get(0),
                groupIds.get(1),
                groupIds.get(2));
        store.refresh(groupIds);
        jdbc.update(
                "INSERT INTO funder_scope (user_id, municipality) SELECT id, ? FROM user_account WHERE username = ?",
                town,
                first.funder());

        signInAs(first.funder());
        Dashboard dashboard =
                insights.dashboard(LocalDate.now(TestClock.AMSTERDAM).getYear(), null, town);
        double total = low + mid + high;
        assertShownNear(dashboard.row("outcome-start-low"), 100 * low / total);
        assertShownNear(dashboard.row("outcome-start-mid"), 100 * mid / total);
        assertShownNear(dashboard.row("outcome-start-high"), 100 * high / total);
        assertThat(dashboard.row("outcome-start-high").values().get(1))
                .as("no outcome figure for listening groups")
                .isNull();
        assertThat(dashboard.row("outcome-end-high").values().get(0).hidden())
                .as("no end answers yet: hidden, never 0")
                .isTrue();
        assertThat(dashboard.row("closing-lighter").values().get(1).hidden()).isTrue();

        // Her own organisation is one circle of eight: too few groups and people, so hidden.
        signInAs(first.coordinatorA());
        Dashboard own = insights.dashboard(LocalDate.now(TestClock.AMSTERDAM).getYear(), null, null);
        for (String band : List.of("low", "mid", "high")) {
            assertThat(own.row("outcome-start-" + band).values().get(0).hidden())
                    .as("one group's answers are protected")
                    .isTrue();
        }
    }

    /**
     * One distribution per statement: three circles answer each statement differently; each
     * statement's start shares are shown near their truth for the town (3 groups, 24 people), hidden
     * for one organisation's single circle, and the end is hidden while no end answers exist.
     */
    @Test
    void eachStatementHasItsOwnProtectedStartAndEndDistribution() {
        String town = "Vraagstad-" + System.nanoTime();
        List<Long> groupIds = new ArrayList<>();
        TestWorld.World first = null;
        // [statement][band] over the three circles.
        long[][] truth = new long[5][3];
        for (int[] answers : ANSWERS) {
            TestWorld.World world = testWorld.create();
            first = first == null ? world : first;
            signInAs(world.coordinatorA());
            SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
            long round = rounds.openOutcome(f.sessionId, 5);
            for (int i = 0; i < answers.length; i++) {
                int a = answers[i];
                // Statement 0 as she answered, 1 the opposite, 2 always the middle, 3 always "very true",
                // 4 passed over by the first two of each circle.
                int[] given = {a, 4 - a, 2, 4, i < 2 ? -1 : a};
                rounds.tap(round, f.members.get(i), given);
                for (int q = 0; q < 5; q++) {
                    if (given[q] >= 0) {
                        truth[q][given[q] <= 1 ? 0 : given[q] == 2 ? 1 : 2]++;
                    }
                }
            }
            groupIds.add(world.groupA());
            Outcomes own = yearOf(world.groupA()).outcomes();
            assertThat(own.statementAnswers(2, false)).isEqualTo(8);
            assertThat(own.statement(2, false, 1)).isEqualTo(8);
            assertThat(own.statementAnswers(4, false)).isEqualTo(6);
            assertThat(own.statementAnswers(0, true)).isZero();
        }
        assertThat(store.storedPeriods(groupIds))
                .as("the summary agrees with the raw tables, per statement too")
                .containsExactlyInAnyOrderElementsOf(
                        raw.periods(RawFigures.Selection.of(groupIds), LocalDate.now(TestClock.AMSTERDAM)));
        jdbc.update(
                "UPDATE kring SET municipality = ? WHERE id IN (?, ?, ?)",
                town,
                groupIds.get(0),
                groupIds.get(1),
                groupIds.get(2));
        store.refresh(groupIds);
        jdbc.update(
                "INSERT INTO funder_scope (user_id, municipality) SELECT id, ? FROM user_account WHERE username = ?",
                town,
                first.funder());

        signInAs(first.funder());
        Dashboard dashboard =
                insights.dashboard(LocalDate.now(TestClock.AMSTERDAM).getYear(), null, town);
        String[] bands = {"low", "mid", "high"};
        for (int q = 0; q < 5; q++) {
            double total = truth[q][0] + truth[q][1] + truth[q][2];
            for (int b = 0; b < 3; b++) {
                String key = "outcome-q" + (q + 1) + "-start-" + bands[b];
                assertShownNear(dashboard.row(key), 100 * truth[q][b] / total);
                assertThat(dashboard
                                .row("outcome-q" + (q + 1) + "-end-" + bands[b])
                                .values()
                                .get(0)
                                .hidden())
                        .as("no end answers: hidden, never 0")
                        .isTrue();
            }
        }
        assertThat(dashboard.row("outcome-q3-start-mid").values().get(0).value())
                .as("statement 3 was answered in the middle by everyone")
                .isGreaterThan(90);
        assertThat(dashboard.row("outcome-q4-start-low").values().get(0).value())
                .isLessThan(10);

        signInAs(first.coordinatorA());
        Dashboard own = insights.dashboard(LocalDate.now(TestClock.AMSTERDAM).getYear(), null, null);
        for (int q = 1; q <= 5; q++) {
            for (String band : bands) {
                assertThat(own.row("outcome-q" + q + "-start-" + band)
                                .values()
                                .get(0)
                                .hidden())
                        .as("one circle's answers to statement %d are protected", q)
                        .isTrue();
            }
        }
    }

    @Test
    void onlyTheRoundsAndTheInsightsSummaryReadTheRoundsTotals() throws IOException {
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("secret_round")) {
                    readers.add(file.getFileName().toString());
                }
            }
        }
        assertThat(readers).containsExactlyInAnyOrder("SecretRoundService.java", "RawFigures.java", "SecretRound.java");
    }

    private static void assertShownNear(Dashboard.Row row, double truth) {
        Dashboard.Value shown = row.values().get(0);
        assertThat(shown.hidden())
                .as("%s rests on 3 groups and 24 people: shown", row.key())
                .isFalse();
        assertThat((double) shown.value())
                .as("%s: the true share with at most the noise of a percentage", row.key())
                .isBetween(truth - Protection.MAX_NOISE_POINTS - 1, truth + Protection.MAX_NOISE_POINTS + 1);
    }

    private GroupPeriod yearOf(long groupId) {
        // The summary follows the writes through its outbox, after each commit (issue 22).
        outbox.applyPending();
        return store.storedPeriods(List.of(groupId)).stream()
                .filter(p -> p.kind() == 'Y'
                        && p.start().getYear()
                                == LocalDate.now(TestClock.AMSTERDAM).getYear())
                .findFirst()
                .orElseThrow();
    }
}
