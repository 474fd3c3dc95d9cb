package nl.kringwerk.savings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kringwerk.PdfText;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.WorldNames;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.EveningPaper;
import nl.kringwerk.savings.service.EveningPapers;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evening's paper pack (issue 19) from the real services: the attendance list, the savings form
 * with each member's total so far, the loan repayments with what is due, the box count sheet. Read
 * back with PDFBox, names in every script. Only the group's own people get it.
 */
class EveningPackTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    EveningPapers papers;

    @Autowired
    LoanService loans;

    @Autowired
    GroupService groups;

    @Autowired
    List<PaperPackPart> parts;

    SavingsFixture f;
    long fatima;
    long olena;

    @BeforeEach
    void aCircleThatMetOnceAndLent() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        // Weekly since three weeks ago: the loan paid out at the first session has instalments due.
        CycleRules rules = CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusDays(21))
                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(6))
                .build();
        f = new SavingsFixture(testWorld, world, savings, rules);
        fatima = groups.addMember(
                world.groupA(),
                new MemberDetails(
                        WorldNames.ARABIC,
                        null,
                        null,
                        LocalDate.now(TestClock.AMSTERDAM).minusMonths(2)));
        olena = groups.addMember(
                world.groupA(),
                new MemberDetails(
                        WorldNames.UKRAINIAN,
                        null,
                        null,
                        LocalDate.now(TestClock.AMSTERDAM).minusMonths(2)));
        savings.sessions().markAttendance(f.sessionId, fatima, AttendanceStatus.PRESENT);
        savings.sessions().markAttendance(f.sessionId, olena, AttendanceStatus.PRESENT);
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "50", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "100", key());
        savings.bookings().bookDeposit(f.sessionId, fatima, "35,50", key());
        savings.bookings().bookDeposit(f.sessionId, olena, "20", key());
        // Fatima borrows 80, back in eight weekly instalments of 10, no interest.
        long loanId = loans.request(world.groupA(), new LoanRequest(fatima, "80", 8, null), key());
        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(9, 0, 1), "0", RepaymentPlan.INSTALMENTS));
        loans.disburse(f.sessionId, loanId, key());
        savings.sessions().closeSession(f.sessionId, "125,50");
    }

    @Test
    void thePackCarriesEveryMemberHerTotalSoFarWhatIsDueAndTheBoxCountSheet() throws IOException {
        EveningPaper evening = papers.nextEvening(f.world.groupA()).orElseThrow();
        assertThat(evening.meeting().sessionId()).as("the next planned session").isNotEqualTo(f.sessionId);

        byte[] pdf = PdfText.keep("evening-pack", forms().eveningPack(evening, parts));
        String text = PdfText.of(pdf);

        assertThat(text)
                .as("the attendance list to sign, every member by name")
                .contains("Presentielijst", "Handtekening", "Samira", "Priya", WorldNames.ARABIC, WorldNames.UKRAINIAN);
        assertThat(text)
                .as("the savings form with the totals so far")
                .contains("Spaarformulier", "Gespaard tot", "€ 35,50", "€ 100,00", "€ 50,00", "€ 20,00");
        assertThat(text).as("the evening's tasks").contains("Voorzitter", "Boekhouder", "Geldteller 1");
        assertThat(text)
                .as("the repayments: Fatima's loan, what she still owes and what is due tonight")
                .contains("Terugbetalingen", "€ 80,00", "€ 30,00");
        assertThat(text)
                .as("the box count sheet, counted by two")
                .contains("Kas tellen", "€ 50", "€ 0,05", "Teller 1", "Teller 2", "€ 125,50");
        assertThat(PdfText.fonts(pdf)).allMatch(font -> font.embedded() && font.subset());
    }

    @Test
    void aFunderOrAnotherOrganisationGetsNoPack() {
        signInAs(f.world.funder());
        assertThatThrownBy(() -> papers.nextEvening(f.world.groupA()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(f.world.coordinatorB());
        assertThatThrownBy(() -> papers.nextEvening(f.world.groupA()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(f.world.officerA());
        assertThat(papers.nextEvening(f.world.groupA())).isPresent();
        signInAs(f.world.facilitatorA());
        assertThat(papers.nextEvening(f.world.groupA())).isPresent();
    }

    private static PaperForms forms() {
        Translations translations = new Translations();
        return new PaperForms(
                (key, args) -> translations.getTranslation(key, Translations.DUTCH, args), Translations.DUTCH);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
