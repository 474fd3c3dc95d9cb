package nl.kringwerk.papersession.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.ui.NothingHereView;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.papersession.service.Evening;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntrySource;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catch-up screen: the bookkeeper types the evening's paper forms in, a second officer confirms
 * with her own login, and the journal is the one the same evening run live would have written.
 */
class PaperSessionViewTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Autowired
    JournalEntryRepository journal;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Clock clock;

    TestWorld.World world;
    Evening evening;
    String fatma;

    @BeforeEach
    void aCircleWhoseWifiFailed() {
        world = testWorld.create();
        SignIn.as(users, world.coordinatorA());
        evening = new Evening(testWorld, world, savings, loans, clock);
        fatma = world.officerA() + "-fatma";
        accounts.createOfficer(
                fatma, TestWorld.PASSWORD, "Fatma", world.organisationA(), evening.f.member("Fatma"), world.groupA());
        SignIn.out();
    }

    @Test
    void twoOfficersEnterThePaperFormsAndTheJournalIsTheOneOfTheSameEveningRunLive() {
        login(world.officerA());
        navigate("groepen/" + world.groupA());
        click("paper-session-" + evening.eveningId);
        assertThat(_get(H1.class, spec -> spec.withId("paper-title")).getText())
                .isEqualTo("Papieren bijeenkomst invoeren");
        fillInTheForms();
        click("paper-enter");
        assertThat(text("paper-waiting")).contains("Vraag nu een tweede boekhouder");
        assertThat(entriesOfTheEvening()).as("nothing is booked yet").isEmpty();
        _assertNone(Button.class, spec -> spec.withId("paper-confirm"));

        logout();
        login(fatma);
        navigate("bijeenkomst/" + evening.eveningId + "/papier");
        assertThat(text("paper-waiting")).contains(world.officerA() + " heeft de formulieren ingevoerd");
        assertThat(get(TextField.class, "amount-" + evening.f.member("Anja")).isReadOnly())
                .isTrue();
        click("paper-confirm");
        assertThat(text("paper-booked"))
                .startsWith("Van papier ingevoerd op")
                .contains("door " + world.officerA() + ", bevestigd door " + fatma);

        List<JournalEntry> booked = entriesOfTheEvening();
        assertThat(booked).hasSize(13).allSatisfy(e -> assertThat(e.getSource()).isEqualTo(EntrySource.PAPER));
        assertThat(savings.records().meeting(evening.eveningId).status()).isEqualTo(SessionStatus.CLOSED);

        // The same evening run live in a second circle: entry by entry the same.
        logout();
        TestWorld.World liveWorld = testWorld.create();
        SignIn.as(users, liveWorld.coordinatorA());
        Evening live = new Evening(testWorld, liveWorld, savings, loans, clock);
        live.runLive();
        assertThat(journal.findByCycleIdOrderById(evening.f.cycleId).stream()
                        .map(e -> Evening.asRead(e, evening))
                        .toList())
                .containsExactlyElementsOf(journal.findByCycleIdOrderById(live.f.cycleId).stream()
                        .map(e -> Evening.asRead(e, live))
                        .toList());
    }

    @Test
    void aRuleBrokenOnPaperIsShownNextToItsRowAndNothingIsWritten() {
        login(world.officerA());
        navigate("bijeenkomst/" + evening.eveningId + "/papier");
        fillInTheForms();
        long anja = evening.f.member("Anja");
        long fatmaId = evening.f.member("Fatma");
        type("amount-" + anja, "300");
        choose("nothing-" + fatmaId, false);
        type("repayment-" + evening.yvonnesLoan, "500");
        click("paper-enter");

        TextField anjasAmount = get(TextField.class, "amount-" + anja);
        assertThat(anjasAmount.isInvalid()).isTrue();
        assertThat(anjasAmount.getErrorMessage())
                .isEqualTo("Dit is meer dan de groep per keer heeft afgesproken: hoogstens € 250,00.");
        assertThat(get(TextField.class, "amount-" + fatmaId).getErrorMessage())
                .isEqualTo("Vul een bedrag in, of kies \"niets\".");
        assertThat(get(TextField.class, "repayment-" + evening.yvonnesLoan).getErrorMessage())
                .startsWith("Dat is meer dan zij nog terug moet betalen");
        assertThat(get(TextField.class, "amount-" + evening.f.member("Els")).isInvalid())
                .as("a good row stays calm")
                .isFalse();
        _assertNone(Paragraph.class, spec -> spec.withId("paper-waiting"));
        assertThat(entriesOfTheEvening()).isEmpty();
        assertThat(savings.records().meeting(evening.eveningId).status()).isEqualTo(SessionStatus.PLANNED);
    }

    @Test
    void peopleOfAnotherGroupAndAFunderFindNothingHere() {
        for (String outsider : List.of(world.facilitatorB(), world.coordinatorB(), world.funder())) {
            login(outsider);
            navigate("bijeenkomst/" + evening.eveningId + "/papier");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .as(outsider)
                    .anySatisfy(c -> assertThat(c).isInstanceOf(NothingHereView.class));
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Kring A");
            logout();
        }
    }

    /** The evening's forms as {@link Evening#onPaper()} has them, typed in field by field. */
    private void fillInTheForms() {
        click("paper-everyone-present");
        assertThat(get(Select.class, "attendance-" + evening.f.member("Priya")).getValue())
                .isEqualTo(AttendanceStatus.PRESENT);
        choose("attendance-" + evening.f.member("Priya"), AttendanceStatus.EXCUSED);
        choose("role-chair", evening.roles().chair());
        choose("role-bookkeeper", evening.roles().bookkeeper());
        choose("role-counter1", evening.roles().counter1());
        choose("role-counter2", evening.roles().counter2());
        for (Evening.Turn turn : Evening.TURNS) {
            long member = evening.f.member(turn.name());
            if (turn.amount() == null) {
                choose("nothing-" + member, true);
            } else {
                type("amount-" + member, turn.amount());
            }
            if (turn.countedBy() != null) {
                choose("counted-by-" + member, evening.f.member(turn.countedBy()));
            }
            if (turn.socialFund()) {
                choose("social-fund-" + member, true);
            }
        }
        type("repayment-" + evening.yvonnesLoan, "10");
        choose("payout-" + evening.naimasLoan, true);
        assertThat(get(Checkbox.class, "payout-" + evening.priyasLoan).getValue())
                .isFalse();
        type("counted", Evening.COUNTED);
        type("reason", Evening.SHORT);
        assertThat(evening.attendance()).containsValue(AttendanceStatus.EXCUSED);
    }

    private List<JournalEntry> entriesOfTheEvening() {
        return journal.findByCycleIdOrderById(evening.f.cycleId).stream()
                .filter(e -> Objects.equals(e.getSessionId(), evening.eveningId))
                .toList();
    }
}
