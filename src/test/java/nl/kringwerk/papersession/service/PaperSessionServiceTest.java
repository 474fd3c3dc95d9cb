package nl.kringwerk.papersession.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.papersession.domain.PaperDraftRepository;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntrySource;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.PaperBookings;
import nl.kringwerk.savings.service.PaperSheet;
import nl.kringwerk.savings.service.PassbookLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session held on paper and entered afterwards by two people books exactly what the same session
 * run live books, once, and only after every rule of the live session passed.
 */
class PaperSessionServiceTest extends ServiceTest {

    @Autowired
    PaperSessionService paper;

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Autowired
    GroupService groups;

    @Autowired
    JournalEntryRepository journal;

    @Autowired
    PaperDraftRepository drafts;

    @Autowired
    PaperBookings paperBookings;

    @Autowired
    SummaryStore summary;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void aPaperSessionEnteredByTwoOfficersBooksExactlyWhatTheSameSessionRunLiveBooks() {
        TestWorld.World liveWorld = testWorld.create();
        signInAs(liveWorld.coordinatorA());
        Evening live = new Evening(testWorld, liveWorld, savings, loans, clock);
        live.runLive();

        TestWorld.World paperWorld = testWorld.create();
        signInAs(paperWorld.coordinatorA());
        Evening onPaper = new Evening(testWorld, paperWorld, savings, loans, clock);
        String secondOfficer = secondOfficer(paperWorld, onPaper);

        signInAs(paperWorld.officerA());
        paper.enter(onPaper.eveningId, onPaper.onPaper());
        assertThat(journalOf(onPaper))
                .as("nothing is booked before the second person confirms")
                .hasSize(journalOf(live).size() - 13);
        signInAs(secondOfficer);
        PaperForm form = paper.form(onPaper.eveningId);
        assertThat(form.draft())
                .hasValueSatisfying(d -> assertThat(d.enteredBy()).isEqualTo(paperWorld.officerA()));
        paper.confirm(onPaper.eveningId, form.draft().orElseThrow().version());

        List<JournalEntry> liveEntries = journalOf(live);
        List<JournalEntry> paperEntries = journalOf(onPaper);
        assertThat(paperEntries.stream().map(e -> Evening.asRead(e, onPaper)).toList())
                .as("the journal, entry by entry")
                .containsExactlyElementsOf(
                        liveEntries.stream().map(e -> Evening.asRead(e, live)).toList());
        List<JournalEntry> ofTheEvening = paperEntries.stream()
                .filter(e -> Objects.equals(e.getSessionId(), onPaper.eveningId))
                .toList();
        assertThat(ofTheEvening).hasSize(13).allSatisfy(e -> {
            assertThat(e.getSource()).isEqualTo(EntrySource.PAPER);
            assertThat(e.getBookedBy()).isEqualTo(paperWorld.officerA());
            assertThat(e.getConfirmedBy()).isEqualTo(secondOfficer);
        });
        assertThat(liveEntries).allSatisfy(e -> assertThat(e.getSource()).isEqualTo(EntrySource.LIVE));

        for (String name : TestWorld.Circle.NAMES) {
            signInAs(liveWorld.coordinatorA());
            List<PassbookLine> livePassbook = savings.records().passbook(liveWorld.groupA(), live.f.member(name));
            signInAs(paperWorld.coordinatorA());
            List<PassbookLine> paperPassbook = savings.records().passbook(paperWorld.groupA(), onPaper.f.member(name));
            assertThat(paperPassbook.stream()
                            .map(PaperSessionServiceTest::withoutMark)
                            .toList())
                    .as("the passbook of %s", name)
                    .isEqualTo(livePassbook.stream()
                            .map(PaperSessionServiceTest::withoutMark)
                            .toList());
            assertThat(livePassbook).allSatisfy(l -> assertThat(l.paperMark()).isNull());
            assertThat(paperPassbook.stream().filter(l -> l.paperMark() != null))
                    .allSatisfy(l -> assertThat(l.paperMark().confirmedBy()).isEqualTo(secondOfficer));
        }
        signInAs(paperWorld.coordinatorA());
        assertThat(savings.records().cycleJournal(paperWorld.groupA()).stream()
                        .filter(l -> Objects.equals(l.sessionId(), onPaper.eveningId)))
                .allSatisfy(l -> assertThat(l.paperMark().enteredBy()).isEqualTo(paperWorld.officerA()));
        assertThat(savings.records().meeting(onPaper.eveningId).status()).isEqualTo(SessionStatus.CLOSED);

        assertThat(periods(paperWorld.groupA()))
                .as("the insights summary rows")
                .isEqualTo(periods(liveWorld.groupA()))
                .isNotEmpty();
        assertThat(drafts.findById(onPaper.eveningId)).isEmpty();
    }

    @Test
    void enteringTheSamePaperSessionTwiceBooksItOnce() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        Evening evening = new Evening(testWorld, world, savings, loans, clock);
        String secondOfficer = secondOfficer(world, evening);
        signInAs(world.officerA());
        paper.enter(evening.eveningId, evening.onPaper());
        long version = paper.form(evening.eveningId).draft().orElseThrow().version();
        signInAs(secondOfficer);
        EntryLine first = paper.confirm(evening.eveningId, version);
        int booked = journalOf(evening).size();

        assertThat(paper.confirm(evening.eveningId, version)).as("a retry").isEqualTo(first);
        signInAs(world.facilitatorA());
        assertThat(paper.confirm(evening.eveningId, version))
                .as("a third person")
                .isEqualTo(first);
        refused(() -> paper.enter(evening.eveningId, evening.onPaper()), "error.paper-already-booked");
        assertThat(journalOf(evening)).hasSize(booked);
        assertThat(paper.form(evening.eveningId).booked()).contains(first);
    }

    @Test
    void aSheetOnWhichNobodyWasPresentIsRefusedWithAClearMessageAndNothingIsWritten() {
        // A meeting nobody came to did not take place: it is not booked (it has no tasks, no lines, no
        // count), the form says to let it lapse in the calendar instead, and nothing is written.
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        Evening evening = new Evening(testWorld, world, savings, loans, clock);
        Map<Long, AttendanceStatus> nobody = new LinkedHashMap<>();
        evening.attendance().keySet().forEach(m -> nobody.put(m, AttendanceStatus.ABSENT));
        PaperEntry empty = new PaperEntry(
                new PaperSheet(nobody, new SessionRoles(null, null, null, null), List.of(), "280", null),
                List.of(),
                List.of());
        int before = journalOf(evening).size();
        List<AttendanceLine> attendanceBefore =
                savings.records().meeting(evening.eveningId).attendance();

        signInAs(world.officerA());
        refused(() -> paper.enter(evening.eveningId, empty), "error.paper-nobody-present");

        assertThat(drafts.findById(evening.eveningId)).isEmpty();
        assertThat(journalOf(evening)).hasSize(before);
        assertThat(savings.records().meeting(evening.eveningId).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(savings.records().meeting(evening.eveningId).attendance()).isEqualTo(attendanceBefore);
    }

    @Test
    void theOneWhoEnteredTheFormsCannotConfirmThemHerself() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        Evening evening = new Evening(testWorld, world, savings, loans, clock);
        signInAs(world.officerA());
        paper.enter(evening.eveningId, evening.onPaper());
        long version = paper.form(evening.eveningId).draft().orElseThrow().version();
        refused(() -> paper.confirm(evening.eveningId, version), "error.paper-confirm-by-other");
        signInAs(world.facilitatorA());
        refused(() -> paper.confirm(evening.eveningId, version + 1), "error.paper-draft-changed");
        assertThat(savings.records().meeting(evening.eveningId).status()).isEqualTo(SessionStatus.PLANNED);
    }

    @Test
    void aRuleBrokenOnPaperIsRefusedRowByRowAndNothingIsWritten() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        Evening evening = new Evening(testWorld, world, savings, loans, clock);
        int before = journalOf(evening).size();
        PaperEntry good = evening.onPaper();
        List<PaperSheet.SavingLine> lines = new ArrayList<>(good.sheet().savings());
        long anja = evening.f.member("Anja");
        long fatma = evening.f.member("Fatma");
        long priya = evening.f.member("Priya");
        lines.replaceAll(l -> l.memberId() == anja
                ? new PaperSheet.SavingLine(anja, "300", false, null, true)
                : l.memberId() == fatma ? new PaperSheet.SavingLine(fatma, null, false, null, false) : l);
        lines.add(new PaperSheet.SavingLine(priya, "5", false, null, false));
        PaperEntry broken = new PaperEntry(
                new PaperSheet(good.sheet().attendance(), good.sheet().roles(), lines, Evening.COUNTED, Evening.SHORT),
                List.of(new PaperEntry.Repayment(evening.yvonnesLoan, "500")),
                List.of());

        signInAs(world.officerA());
        assertThatThrownBy(() -> paper.enter(evening.eveningId, broken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream()
                                        .collect(Collectors.toMap(InvalidInput::field, InvalidInput::messageKey)))
                                .isEqualTo(Map.of(
                                        PaperSheet.savingField(anja),
                                        "error.amount-above-max",
                                        PaperSheet.savingField(fatma),
                                        "error.paper-amount-or-nothing",
                                        PaperSheet.savingField(priya),
                                        "error.member-not-present",
                                        "repayment-" + evening.yvonnesLoan,
                                        "error.repay-above-owed")));
        assertThat(journalOf(evening)).hasSize(before);
        assertThat(drafts.findById(evening.eveningId)).isEmpty();
        assertThat(savings.records().meeting(evening.eveningId).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(savings.records().meeting(evening.eveningId).attendance())
                .as("the attendance list is not written either")
                .allSatisfy(a -> assertThat(a.status()).isNull());

        // Two payouts in one evening: after Naima's 40,00 the box no longer holds Priya's 280,00.
        signInAs(world.coordinatorA());
        refused(() -> paper.enter(evening.eveningId, twoPayouts(evening)), "error.loan-above-cash");
        assertThat(journalOf(evening)).hasSize(before);
    }

    @Test
    void onlyThatGroupsPeopleMayEnterOrConfirmItAndAFunderNever() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        Evening evening = new Evening(testWorld, world, savings, loans, clock);
        signInAs(world.officerA());
        paper.enter(evening.eveningId, evening.onPaper());
        long version = paper.form(evening.eveningId).draft().orElseThrow().version();
        int before = journalOf(evening).size();
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            signInAs(outsider);
            assertThatThrownBy(() -> paper.form(evening.eveningId))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> paper.enter(evening.eveningId, evening.onPaper()))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> paper.confirm(evening.eveningId, version))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> loans.repaymentOnPaper(evening.yvonnesLoan, "10"))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> loans.payoutOnPaper(evening.naimasLoan))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            // The savings door itself, called directly, has the same gate.
            assertThatThrownBy(() -> paperBookings.booked(evening.eveningId))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> paperBookings.check(
                            evening.eveningId, evening.onPaper().sheet(), List.of()))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> paperBookings.book(
                            evening.eveningId, evening.onPaper().sheet(), List.of(), world.officerA()))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        signInAs(world.coordinatorA());
        assertThat(journalOf(evening)).hasSize(before);
        assertThat(paper.form(evening.eveningId).draft()).isPresent();
    }

    /** A second officer of the group: Fatma, with her own login. */
    private String secondOfficer(TestWorld.World world, Evening evening) {
        String username = world.officerA() + "-fatma";
        accounts.createOfficer(
                username,
                TestWorld.PASSWORD,
                "Fatma",
                world.organisationA(),
                evening.f.member("Fatma"),
                world.groupA());
        return username;
    }

    /** Everyone there and saving nothing; Naima's and Priya's loans both counted out of the box. */
    private static PaperEntry twoPayouts(Evening evening) {
        PaperSheet sheet = evening.onPaper().sheet();
        Map<Long, AttendanceStatus> everyone = new LinkedHashMap<>();
        sheet.attendance().keySet().forEach(m -> everyone.put(m, AttendanceStatus.PRESENT));
        List<PaperSheet.SavingLine> nothing = everyone.keySet().stream()
                .map(m -> new PaperSheet.SavingLine(m, null, true, null, false))
                .toList();
        return new PaperEntry(
                new PaperSheet(everyone, sheet.roles(), nothing, "0", "leeg"),
                List.of(),
                List.of(evening.naimasLoan, evening.priyasLoan));
    }

    private List<JournalEntry> journalOf(Evening evening) {
        return journal.findByCycleIdOrderById(evening.f.cycleId);
    }

    private static PassbookLine withoutMark(PassbookLine l) {
        return new PassbookLine(l.date(), l.kind(), l.amount(), l.reason(), l.runningTotal());
    }

    /** The summary rows without what names the group itself (its id and record keys). */
    private List<List<Object>> periods(long groupId) {
        return summary.storedPeriods(List.of(groupId)).stream()
                .map(p -> List.<Object>of(
                        p.kind(),
                        p.start(),
                        p.active(),
                        p.started(),
                        p.ended(),
                        p.membersReached(),
                        p.membersLeft(),
                        p.sessions(),
                        p.present(),
                        p.possible(),
                        p.cyclesCompleted(),
                        p.cyclesContinued(),
                        p.savedCents(),
                        p.lentCents(),
                        p.loansDue(),
                        p.loansOnTime(),
                        p.savers(),
                        p.borrowers(),
                        p.borrowersDue()))
                .toList();
    }
}
