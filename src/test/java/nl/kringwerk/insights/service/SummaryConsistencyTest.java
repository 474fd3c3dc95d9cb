package nl.kringwerk.insights.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary tables are kept up to date by the writes themselves: after a random sequence of
 * writes through the services (deposits, reversals, sessions held, members joining and leaving,
 * listening sessions, a group ending) the stored summary equals a recomputation from the raw tables,
 * and rebuilding everything changes nothing.
 */
class SummaryConsistencyTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Autowired
    GroupService groups;

    @Autowired
    SummaryStore store;

    @Autowired
    RawFigures raw;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SummaryOutbox outbox;

    @Test
    void aRandomSequenceOfWritesLeavesTheSummaryEqualToTheRawTables() {
        List<Long> organisations = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            TestWorld.World world = testWorld.create();
            organisations.add(world.organisationA());
            organisations.add(world.organisationB());
            signInAs(world.coordinatorA());
            CycleRules rules = CycleRules.defaults(LocalDate.now(clock).minusWeeks(10), Frequency.WEEKLY);
            SavingsFixture circle = new SavingsFixture(testWorld, world, savings, rules);
            long listeningGroup = testWorld.listeningGroup(world);
            List<Long> sessions = savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions().stream()
                    .map(s -> s.id())
                    .toList();
            List<Long> members = new ArrayList<>(circle.members);
            List<EntryLine> deposits = new ArrayList<>();
            int session = 0;
            long open = circle.sessionId;
            for (int step = 0; step < 60; step++) {
                int what = step < 3 ? 0 : random.nextInt(10);
                try {
                    if (what <= 3) {
                        deposits.add(savings.bookings()
                                .bookDeposit(
                                        open,
                                        members.get(random.nextInt(members.size())),
                                        String.valueOf(1 + random.nextInt(20)),
                                        savings.bookings().newIdempotencyKey()));
                    } else if (what == 4 && !deposits.isEmpty()) {
                        EntryLine wrong = deposits.remove(random.nextInt(deposits.size()));
                        savings.bookings()
                                .reverse(
                                        open,
                                        wrong.id(),
                                        "Verkeerd bedrag",
                                        savings.bookings().newIdempotencyKey());
                    } else if (what == 5 && session < 8) {
                        savings.sessions()
                                .closeSession(
                                        open,
                                        savings.records()
                                                .meeting(open)
                                                .expectedBox()
                                                .toInputText());
                        deposits.clear();
                        session++;
                        open = sessions.get(session);
                        for (long m : members) {
                            boolean hasTask = circle.roles().includes(m);
                            savings.sessions()
                                    .markAttendance(
                                            open,
                                            m,
                                            !hasTask && random.nextInt(4) == 0
                                                    ? AttendanceStatus.EXCUSED
                                                    : AttendanceStatus.PRESENT);
                        }
                        savings.sessions().openSession(open, circle.roles());
                    } else if (what == 6 && members.size() > 5) {
                        long leaving = members.remove(members.size() - 1);
                        groups.memberLeaves(
                                world.groupA(), leaving, LocalDate.now(clock).minusDays(random.nextInt(60)));
                    } else if (what == 7) {
                        members.add(groups.addMember(
                                world.groupA(),
                                new MemberDetails(
                                        "Nieuw " + step,
                                        null,
                                        null,
                                        LocalDate.now(clock).minusDays(random.nextInt(30)))));
                    } else if (what == 8) {
                        long ls = plans.planNext(listeningGroup);
                        runner.run(ls)
                                .attendance()
                                .forEach(a -> plans.markAttendance(
                                        ls, a.memberId(), random.nextBoolean() ? Presence.PRESENT : Presence.EXCUSED));
                        runner.start(ls);
                        runner.finish(ls);
                    } else if (what == 9 && step > 50) {
                        groups.endGroup(listeningGroup, LocalDate.now(clock));
                    }
                } catch (InvalidInputException refused) {
                    // A write the rules refuse (e.g. a second deposit of one member today) changes nothing: go on.
                }
            }
            List<Long> ids = List.of(world.groupA(), world.groupB(), listeningGroup);
            LocalDate today = LocalDate.now(clock);
            // The summary follows the writes through its outbox, after each commit (issue 22): once
            // what is pending is applied, it agrees with the raw tables exactly.
            outbox.applyPending();
            assertThat(store.storedPeriods(ids))
                    .as("seed %d", seed)
                    .containsExactlyInAnyOrderElementsOf(raw.periods(RawFigures.Selection.of(ids), today));
            assertThat(store.storedLives(ids))
                    .containsExactlyInAnyOrderElementsOf(raw.lives(RawFigures.Selection.of(ids), today));
            assertThat(store.storedPeriods(ids)).anyMatch(p -> p.sessions() > 0 && p.savedCents() > 0);
        }
        // The areas (what the dashboard reads) of these organisations equal a rebuild from scratch.
        outbox.applyPending();
        List<Map<String, Object>> areasBefore = areas(organisations);
        assertThat(areasBefore).isNotEmpty();
        store.rebuildAll();
        assertThat(areas(organisations)).isEqualTo(areasBefore);
    }

    /**
     * The application stops (a crash, a kill) after a booking committed and before the summary was
     * brought up to date: the booking's outbox row is kept with it, and the next start applies it.
     */
    @Test
    void aCrashBetweenCommitAndRefreshIsMadeGoodAtTheNextStart() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        outbox.applyPending();
        List<Long> ids = List.of(world.groupA());
        LocalDate today = LocalDate.now(clock);
        assertThat(store.storedPeriods(ids))
                .containsExactlyInAnyOrderElementsOf(raw.periods(RawFigures.Selection.of(ids), today));

        outbox.pause(true); // the background applier is gone, as in a process that died after the commit
        try {
            savings.bookings()
                    .bookDeposit(
                            circle.sessionId,
                            circle.member("Samira"),
                            "12,50",
                            savings.bookings().newIdempotencyKey());
            assertThat(outbox.pending()).isTrue();
            assertThat(store.storedPeriods(ids))
                    .as("not refreshed yet")
                    .isNotEqualTo(raw.periods(RawFigures.Selection.of(ids), today));
        } finally {
            outbox.pause(false);
        }

        outbox.atStart(); // what the next start does

        assertThat(outbox.pending()).isFalse();
        assertThat(store.storedPeriods(ids))
                .containsExactlyInAnyOrderElementsOf(raw.periods(RawFigures.Selection.of(ids), today));
        assertThat(store.storedLives(ids))
                .containsExactlyInAnyOrderElementsOf(raw.lives(RawFigures.Selection.of(ids), today));
    }

    private List<Map<String, Object>> areas(List<Long> organisations) {
        String in = String.join(",", organisations.stream().map(String::valueOf).toList());
        return jdbc.queryForList("SELECT * FROM insight_area_period WHERE organisation_id IN (" + in + ")"
                + " ORDER BY kind, start_on, municipality, organisation_id, type");
    }
}
