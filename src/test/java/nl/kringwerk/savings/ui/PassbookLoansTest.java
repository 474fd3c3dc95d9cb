package nl.kringwerk.savings.ui;

import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.PdfText;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.PassbookLoans;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.savings.service.SavingsOverview;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's passbook, on screen and printed, carries her loans (issue 19): how much, when it went
 * out, what she paid back, what she still owes and what is due when.
 */
class PassbookLoansTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    @Autowired
    List<PassbookLoans> passbookLoans;

    SavingsFixture f;

    @BeforeEach
    void yvonneBorrowedAndPaidSomeBack() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        CycleRules rules = CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusDays(21))
                .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusMonths(6))
                .build();
        f = new SavingsFixture(testWorld, world, savings, rules);
        savings.bookings().bookDeposit(f.sessionId, f.member("Yvonne"), "50", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Naima"), "100", key());
        // 80 back in eight weekly instalments of 10, no interest; 15 paid back at once.
        long loanId = loans.request(world.groupA(), new LoanRequest(f.member("Yvonne"), "80", 8, null), key());
        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(7, 0, 1), "0", RepaymentPlan.INSTALMENTS));
        loans.disburse(f.sessionId, loanId, key());
        loans.repay(f.sessionId, loanId, "15", key());
    }

    @Test
    void thePassbookTabShowsHerLoan() {
        navigate("groepen/" + f.world.groupA() + "/spaarboek");
        get(TabSheet.class, "book-tabs").setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<SavingsOverview.Row> member = get(Select.class, "passbook-member");
        choose(
                "passbook-member",
                member.getListDataView()
                        .getItems()
                        .filter(r -> r.name().equals("Yvonne"))
                        .findFirst()
                        .orElseThrow());
        assertThat(allText("passbook-loans"))
                .contains("€ 80,00", "€ 15,00", "€ 65,00")
                .contains("terugbetaald", "nog te betalen");
    }

    @Test
    void thePrintedPassbookCarriesHerLoan() throws IOException {
        Translations translations = new Translations();
        PaperForms forms = new PaperForms(
                (key, args) -> translations.getTranslation(key, Translations.DUTCH, args), Translations.DUTCH);
        var lines = savings.records().passbook(f.world.groupA(), f.member("Yvonne"));
        var herLoans = passbookLoans.get(0).of(f.world.groupA(), f.member("Yvonne"));
        String text =
                PdfText.of(PdfText.keep("passbook-with-loan", forms.passbook("Kring A", "Yvonne", lines, herLoans)));
        assertThat(text)
                .contains("Spaarboekje", "Gespaard in deze spaarronde: € 50,00")
                .contains("Leningen", "€ 80,00", "Terugbetaald", "€ 15,00", "Nog te", "€ 65,00")
                .as("two weekly instalments have passed, 15 of their 20 is paid; the next is due in a week")
                .contains("Achterstand: € 5,00", "Volgende betaling: € 10,00 uiterlijk op");
    }

    @Test
    void aFunderOrAnotherOrganisationReadsNoLoansOfHers() {
        for (String outsider : List.of(f.world.funder(), f.world.coordinatorB())) {
            logout();
            login(outsider);
            Assertions.assertThatThrownBy(() -> passbookLoans.get(0).of(f.world.groupA(), f.member("Yvonne")))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
