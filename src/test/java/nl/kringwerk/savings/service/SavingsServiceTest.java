package nl.kringwerk.savings.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.sessions.domain.SessionRole;
import nl.kringwerk.sessions.service.TaskPreferences;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class SavingsServiceTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    TaskPreferences preferences;

    @Autowired
    GroupService groups;

    @Autowired
    JournalEntryRepository journal;

    @Autowired
    JdbcTemplate jdbc;

    SavingsFixture f;
    Authentication coordinator;

    @BeforeEach
    void openASession() {
        TestWorld.World world = testWorld.create();
        coordinator = signInAs(world.coordinatorA());
        f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
    }

    @Test
    void aDepositIsBookedWithWhoCountedWhoRecordedAndWhen() {
        EntryLine entry = savings.bookings()
                .bookDeposit(
                        f.sessionId,
                        f.member("Yvonne"),
                        "12,50",
                        savings.bookings().newIdempotencyKey());
        assertThat(entry.amount()).isEqualTo(Money.ofCents(1250));
        assertThat(entry.memberName()).isEqualTo("Yvonne");
        assertThat(entry.countedBy()).isEqualTo("Anja");
        assertThat(entry.recordedBy()).isEqualTo("Fatma");
        assertThat(entry.bookedBy()).isEqualTo(f.world.coordinatorA());
        assertThat(entry.bookedAt()).isNotNull();
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.ofCents(1250));
    }

    @Test
    void theCounterWhoCountedIsRecordedAndMustBeOneOfTodaysCounters() {
        EntryLine byGloria =
                savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "5", f.member("Gloria"), key());
        assertThat(byGloria.countedBy()).isEqualTo("Gloria");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "5", f.member("Fatma"), key()),
                "error.not-a-counter");
    }

    @Test
    void theStoredBoxOfAClosedSessionEqualsTheReplayOfTheJournal() {
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "10", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "2,50", key());
        savings.sessions().closeSession(f.sessionId, "12,50");
        Money replay = Ledger.replay(journal.findByCycleIdOrderById(f.cycleId).stream()
                        .map(JournalEntry::line)
                        .toList())
                .box();
        assertThat(savings.records().meeting(f.sessionId).countedCash())
                .isEqualTo(replay)
                .isEqualTo(Money.ofCents(1250));
    }

    @Test
    void theSameKeyBooksOnceAndGivesTheSameAnswerBack() {
        String key = savings.bookings().newIdempotencyKey();
        EntryLine first = savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "20", key);
        EntryLine second = savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "20", key);
        assertThat(second).isEqualTo(first);
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(1);
    }

    @Test
    void twoDevicesConfirmingTheSameDepositAtOnceGiveOneEntry() throws Exception {
        String key = savings.bookings().newIdempotencyKey();
        int devices = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<EntryLine>> answers = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            Callable<EntryLine> confirm = () -> {
                SecurityContextHolder.getContext().setAuthentication(coordinator);
                start.await();
                return savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "7,50", key);
            };
            answers.add(pool.submit(confirm));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<EntryLine> answer : answers) {
            ids.add(answer.get().id());
        }
        pool.shutdown();
        assertThat(ids).hasSize(devices).containsOnly(ids.get(0));
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(1);
    }

    @Test
    void aMemberHasOneTurnPerSessionUnlessThatTurnWasCorrected() {
        EntryLine first = savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "10", key());
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "10", key()),
                "error.already-had-turn");
        refused(
                () -> savings.bookings().bookNoSaving(f.sessionId, f.member("Yvonne"), key()),
                "error.already-had-turn");
        savings.bookings().reverse(f.sessionId, first.id(), "Het was 12", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "12", key());
        assertThat(savings.records().meeting(f.sessionId).expectedBox()).isEqualTo(Money.euros(12));
    }

    @Test
    void twoDevicesEachWithTheirOwnKeyStillBookOneTurn() throws Exception {
        int devices = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            outcomes.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(coordinator);
                start.await();
                try {
                    savings.bookings()
                            .bookDeposit(
                                    f.sessionId,
                                    f.member("Els"),
                                    "15",
                                    savings.bookings().newIdempotencyKey());
                    return "booked";
                } catch (InvalidInputException e) {
                    return e.problems().get(0).messageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("booked");
        assertThat(results).filteredOn(r -> !r.equals("booked")).containsOnly("error.already-had-turn");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(1);
    }

    @Test
    void badAmountsAreRefusedInTheirOwnWordsAndNothingIsBooked() {
        refused(() -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "0", key()), "error.amount-zero");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "-5", key()),
                "error.amount-negative");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "12,505", key()),
                "error.amount-too-many-decimals");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "tien", key()),
                "error.amount-not-a-number");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "250,01", key()),
                "error.amount-above-max");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).isEmpty();
    }

    @Test
    void onlyPresentMembersOfTheGroupSaveInAnOpenSession() {
        savings.sessions().markAttendance(f.sessionId, f.member("Priya"), AttendanceStatus.ABSENT);
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Priya"), "5", key()),
                "error.member-not-present");
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.world.memberB(), "5", key()),
                "error.member-not-in-group");
        refused(
                () -> savings.bookings().bookSocialFund(f.sessionId, f.member("Yvonne"), key()),
                "error.no-social-fund");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).isEmpty();
    }

    @Test
    void theBookkeeperCannotCountAndRolesComeFromPresentMembers() {
        long planned = savings.cycles()
                .currentCycle(f.world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        savings.sessions().markAttendance(planned, f.member("Samira"), AttendanceStatus.PRESENT);
        savings.sessions().markAttendance(planned, f.member("Fatma"), AttendanceStatus.PRESENT);
        savings.sessions().markAttendance(planned, f.member("Anja"), AttendanceStatus.PRESENT);
        refused(
                () -> savings.tasks().changeRoles(f.sessionId, f.roles("Samira", "Fatma", "Fatma", "Anja")),
                "error.bookkeeper-is-counter");
        refused(
                () -> savings.tasks().changeRoles(f.sessionId, f.roles("Samira", "Fatma", "Anja", "Anja")),
                "error.counters-same");
        savings.sessions().markAttendance(f.sessionId, f.member("Els"), AttendanceStatus.EXCUSED);
        refused(
                () -> savings.tasks().changeRoles(f.sessionId, f.roles("Samira", "Els", "Anja", "Gloria")),
                "error.role-not-present");
    }

    @Test
    void aMistakeIsUndoneByAReversalWithAReasonOnceOnly() {
        EntryLine wrong = savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "50", key());
        refused(() -> savings.bookings().reverse(f.sessionId, wrong.id(), "  ", key()), "error.required");
        EntryLine reversal = savings.bookings().reverse(f.sessionId, wrong.id(), "Geteld als 50, het was 5", key());
        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.amount()).isEqualTo(Money.euros(-50));
        refused(() -> savings.bookings().reverse(f.sessionId, wrong.id(), "nog eens", key()), "error.already-reversed");
        refused(
                () -> savings.bookings().reverse(f.sessionId, reversal.id(), "terug", key()),
                "error.cannot-reverse-reversal");
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "5", key());

        MeetingState state = savings.records().meeting(f.sessionId);
        assertThat(state.expectedBox()).isEqualTo(Money.euros(5));
        assertThat(state.entries())
                .filteredOn(e -> e.id() == wrong.id())
                .singleElement()
                .satisfies(e -> assertThat(e.reversed()).isTrue());
        assertThat(state.hadTurn(f.member("Yvonne"))).isTrue();
    }

    @Test
    void aSessionClosesOnlyWhenTheBoxMatchesOrTheDifferenceIsBookedWithAReason() {
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "10", key());
        savings.bookings().bookNoSaving(f.sessionId, f.member("Naima"), key());
        refused(() -> savings.sessions().closeSession(f.sessionId, "9,50"), "error.cash-difference-unexplained");
        refused(() -> savings.bookings().bookCashDifference(f.sessionId, "9,50", "", key()), "error.required");
        EntryLine difference =
                savings.bookings().bookCashDifference(f.sessionId, "9,50", "Muntje van 50 cent kwijt", key());
        assertThat(difference.amount()).isEqualTo(Money.ofCents(-50));
        savings.sessions().closeSession(f.sessionId, "9,50");

        MeetingState closed = savings.records().meeting(f.sessionId);
        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(closed.countedCash()).isEqualTo(Money.ofCents(950));
        refused(() -> savings.bookings().bookDeposit(f.sessionId, f.member("Els"), "5", key()), "error.session-closed");
        refused(
                () -> savings.sessions().markAttendance(f.sessionId, f.member("Els"), AttendanceStatus.ABSENT),
                "error.session-closed");
    }

    @Test
    void theOverviewAndThePassbookShowWhatEachMemberSavedAfterCorrections() {
        EntryLine wrong = savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "20", key());
        savings.bookings().reverse(f.sessionId, wrong.id(), "Het was 2 euro", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "2", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "7,50", key());
        savings.bookings().bookNoSaving(f.sessionId, f.member("Els"), key());

        SavingsOverview overview = savings.records().overview(f.world.groupA());
        assertThat(overview.sessions()).extracting(SessionLine::id).containsExactly(f.sessionId);
        assertThat(overview.total()).isEqualTo(Money.ofCents(950));
        assertThat(overview.sessionTotals().get(f.sessionId)).isEqualTo(Money.ofCents(950));
        assertThat(overview.rows())
                .filteredOn(r -> r.memberId() == f.member("Yvonne"))
                .singleElement()
                .satisfies(r -> assertThat(r.savedBySession().get(f.sessionId)).isEqualTo(Money.euros(2)));
        assertThat(overview.rows())
                .filteredOn(r -> r.memberId() == f.member("Els"))
                .singleElement()
                .satisfies(r -> assertThat(r.savedBySession().get(f.sessionId)).isEqualTo(Money.ZERO));
        assertThat(overview.rows())
                .filteredOn(r -> r.memberId() == f.member("Priya"))
                .singleElement()
                .satisfies(r -> assertThat(r.savedBySession()).isEmpty());

        assertThat(savings.records().passbook(f.world.groupA(), f.member("Yvonne")))
                .extracting(PassbookLine::kind, l -> l.runningTotal().cents())
                .containsExactly(
                        Tuple.tuple(EntryKind.DEPOSIT, 2000L),
                        Tuple.tuple(EntryKind.REVERSAL, 0L),
                        Tuple.tuple(EntryKind.DEPOSIT, 200L));
        assertThatThrownBy(() -> savings.records().passbook(f.world.groupA(), f.world.memberB()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void nothingIsBookedInAClosedCycle() {
        jdbc.update("update savings_cycle set closed_on = current_date where id = ?", f.cycleId);
        refused(
                () -> savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "5", key()),
                "error.cycle-closed");
        refused(
                () -> savings.sessions().markAttendance(f.sessionId, f.member("Yvonne"), AttendanceStatus.ABSENT),
                "error.cycle-closed");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).isEmpty();
    }

    @Test
    void theNextSessionSuggestsTasksForThoseWhoHadNoneYetAndSkipsWhoIsAway() {
        long next = savings.cycles()
                .currentCycle(f.world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        for (long member : f.members) {
            savings.sessions().markAttendance(next, member, AttendanceStatus.PRESENT);
        }
        SessionRoles suggested = savings.tasks().suggestedRoles(next).orElseThrow();
        List<Long> tasks =
                List.of(suggested.chair(), suggested.bookkeeper(), suggested.counter1(), suggested.counter2());
        assertThat(tasks)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(f.member("Yvonne"), f.member("Naima"), f.member("Els"), f.member("Priya"));
        assertThat(suggested.problems(f.members)).isEmpty();

        savings.sessions().markAttendance(next, f.member("Yvonne"), AttendanceStatus.EXCUSED);
        SessionRoles withoutYvonne = savings.tasks().suggestedRoles(next).orElseThrow();
        assertThat(withoutYvonne.includes(f.member("Yvonne"))).isFalse();
        assertThat(List.of(
                        withoutYvonne.chair(),
                        withoutYvonne.bookkeeper(),
                        withoutYvonne.counter1(),
                        withoutYvonne.counter2()))
                .doesNotHaveDuplicates();
    }

    @Test
    void onlyOneCycleIsOpenPerGroup() {
        refused(
                () -> savings.cycles().startCycle(f.world.groupA(), SavingsFixture.rules()),
                "error.cycle-already-open");
    }

    @Test
    void theTaskPlanContinuesTheRotationAndTheHistorySaysWhoDidWhat() {
        RoleOverview roles = savings.tasks().roles(f.world.groupA(), 3);
        assertThat(roles.history())
                .filteredOn(h -> h.memberId() == f.member("Fatma"))
                .singleElement()
                .satisfies(h -> assertThat(h.times()).containsExactly(Map.entry(SessionRole.BOOKKEEPER, 1)));
        assertThat(roles.history())
                .filteredOn(h -> h.memberId() == f.member("Naima"))
                .singleElement()
                .satisfies(h -> assertThat(h.total()).isZero());
        assertThat(roles.plan()).hasSize(3);
        // Samira, Fatma, Anja and Gloria had their tasks today: the next session goes to the other four.
        assertThat(roles.plan().get(0).holders().values()).containsExactlyInAnyOrder("Yvonne", "Naima", "Els", "Priya");
        assertThat(roles.plan())
                .allSatisfy(p -> assertThat(new HashSet<>(p.holders().values())).hasSize(4));

        // Naima asks not to take a task: the plan skips her.
        preferences.setOptedOut(f.world.groupA(), f.member("Naima"), true);
        assertThat(savings.tasks().roles(f.world.groupA(), 3).plan())
                .allSatisfy(p -> assertThat(p.holders().values()).doesNotContain("Naima"));
        preferences.setOptedOut(f.world.groupA(), f.member("Naima"), false);
        assertThat(savings.tasks()
                        .roles(f.world.groupA(), 3)
                        .plan()
                        .get(0)
                        .holders()
                        .values())
                .contains("Naima");
    }

    @Test
    void aTaskHandedOverDuringTheSessionIsLoggedAndNeverToSomeoneAbsent() {
        savings.sessions().markAttendance(f.sessionId, f.member("Priya"), AttendanceStatus.ABSENT);
        refused(
                () -> savings.tasks().changeRoles(f.sessionId, f.roles("Priya", "Fatma", "Anja", "Gloria")),
                "error.role-not-present");
        savings.tasks().changeRoles(f.sessionId, f.roles("Yvonne", "Fatma", "Anja", "Gloria"));
        assertThat(savings.tasks().roles(f.world.groupA(), 1).swaps())
                .singleElement()
                .satisfies(swap -> {
                    assertThat(swap.role()).isEqualTo(SessionRole.CHAIR);
                    assertThat(swap.from()).isEqualTo("Samira");
                    assertThat(swap.to()).isEqualTo("Yvonne");
                    assertThat(swap.by()).isEqualTo(f.world.coordinatorA());
                });
    }

    @Test
    void aGroupWithFixedTasksKeepsTheTasksOfItsFirstSession() {
        TestWorld.World other = testWorld.create();
        signInAs(other.coordinatorA());
        SavingsFixture fixed = new SavingsFixture(
                testWorld,
                other,
                savings,
                SavingsFixture.usualRules().fixedRoles(true).build());
        RoleOverview roles = savings.tasks().roles(other.groupA(), 3);
        assertThat(roles.plan())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.holders().values())
                        .containsExactlyInAnyOrder("Samira", "Fatma", "Anja", "Gloria"));
        long next = savings.cycles()
                .currentCycle(other.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        fixed.members.forEach(m -> savings.sessions().markAttendance(next, m, AttendanceStatus.PRESENT));
        assertThat(savings.tasks().suggestedRoles(next)).contains(fixed.roles());
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
