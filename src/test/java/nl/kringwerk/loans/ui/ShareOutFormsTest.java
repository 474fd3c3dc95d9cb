package nl.kringwerk.loans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.PdfText;
import nl.kringwerk.WorldNames;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutView;
import nl.kringwerk.savings.domain.InterestShare;
import org.junit.jupiter.api.Test;

/** The share-out on paper says what the screen says: every pot, the rule, the totals, the settled loan. */
class ShareOutFormsTest {

    static final Translations TRANSLATIONS = new Translations();
    static final ShareOutForms FORMS = new ShareOutForms(
            (key, args) -> TRANSLATIONS.getTranslation(key, Translations.DUTCH, args), Translations.DUTCH);

    private static final Pot SAMIRA =
            new Pot(1, "Samira", Money.euros(100), Money.ofCents(167), Money.ZERO, Money.ofCents(101_67), true);
    private static final Pot FATMA =
            new Pot(2, "Fatma", Money.euros(200), Money.ofCents(333), Money.euros(52), Money.ofCents(151_33), false);
    private static final ShareOutView VIEW = new ShareOutView(
            7,
            3,
            "Kring Zon",
            2,
            LocalDate.of(2026, 11, 17),
            true,
            true,
            true,
            InterestShare.BY_SAVINGS,
            Money.ofCents(268_00),
            Money.euros(15),
            Money.euros(300),
            Money.euros(52),
            Money.euros(5),
            SocialFundDecision.CARRY_OVER,
            null,
            List.of(SAMIRA, FATMA));

    @Test
    void theSummaryListsEveryPotWithTheRuleAndTheTotals() throws IOException {
        String text = text(FORMS.summary(VIEW));
        assertThat(text)
                .contains(
                        "Uitbetaling spaarronde 2",
                        "Kring Zon",
                        "Samira",
                        "Fatma",
                        "€ 101,67",
                        "€ 151,33",
                        "€ 52,00",
                        "€ 253,00",
                        "naar wat iedereen gespaard heeft",
                        "Blijft in de kas voor de volgende spaarronde");
    }

    @Test
    void aStatementShowsHerSavingsShareSettledLoanAndPayout() throws IOException {
        String text = text(FORMS.statement(VIEW, FATMA));
        assertThat(text)
                .contains(
                        "Fatma",
                        "Eigen spaargeld",
                        "€ 200,00",
                        "€ 3,33",
                        "Min de lening die nog openstond",
                        "-€ 52,00",
                        "Uitbetaald",
                        "€ 151,33",
                        "handtekening");
        assertThat(text(FORMS.statement(VIEW, SAMIRA))).doesNotContain("Min de lening");
    }

    /** The summary and each statement she signs for receipt carry her name as she typed it, in any script. */
    @Test
    void theSummaryAndEveryStatementPrintNamesInEveryScriptAsTheyWereTyped() throws IOException {
        List<Pot> pots = new ArrayList<>();
        for (String name : WorldNames.ALL) {
            pots.add(new Pot(
                    pots.size() + 1,
                    name,
                    Money.euros(100),
                    Money.ofCents(167),
                    Money.ZERO,
                    Money.ofCents(101_67),
                    false));
        }
        String group = "Kring Zon · دائرة الشمس";
        ShareOutView view = new ShareOutView(
                7,
                3,
                group,
                2,
                LocalDate.of(2026, 11, 17),
                true,
                true,
                true,
                InterestShare.BY_SAVINGS,
                Money.ofCents(101_67 * pots.size()),
                Money.ZERO,
                Money.euros(100 * pots.size()),
                Money.ZERO,
                Money.ZERO,
                SocialFundDecision.SPENT,
                "Taart voor Олена en فاطمة",
                pots);
        String summary = text(PdfText.keep("share-out summary", FORMS.summary(view)));
        assertThat(summary).contains(WorldNames.ALL).contains("Taart voor Олена en فاطمة", "دائرة الشمس");
        assertThat(PdfText.fonts(FORMS.summary(view))).allMatch(f -> f.embedded() && f.subset());
        for (Pot pot : pots) {
            byte[] statement = PdfText.keep("payout statement " + pot.name(), FORMS.statement(view, pot));
            assertThat(text(statement)).contains(pot.name(), "€ 101,67", "دائرة الشمس");
            assertThat(PdfText.fonts(statement)).allMatch(f -> f.embedded() && f.subset());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }
}
