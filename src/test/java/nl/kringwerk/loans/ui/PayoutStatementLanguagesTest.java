package nl.kringwerk.loans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.PdfText;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutView;
import nl.kringwerk.savings.domain.InterestShare;
import org.junit.jupiter.api.Test;

/** She signs for her payout in her group's language(s); the group's summary stays with the staff. */
class PayoutStatementLanguagesTest {

    static final Translations TRANSLATIONS = new Translations();

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
            List.of(FATMA));

    @Test
    void aDutchAndEnglishGroupsStatementSaysBoth() throws IOException {
        byte[] pdf = forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.DUTCH, MemberLanguage.ENGLISH))
                .statement(VIEW, FATMA);
        // Kept in target/forms to look at (pdftoppm -png -r 60).
        Files.write(Files.createDirectories(Path.of("target", "forms")).resolve("statement-nl-en.pdf"), pdf);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains(
                        "Eigen spaargeld", "Own savings", "Uitbetaald", "Paid out", "Received, signature", "€ 151,33");
    }

    @Test
    void aTurkishGroupsStatementIsTurkishWhoeverPrintsIt() throws IOException {
        String text = PdfText.of(forms(Translations.ENGLISH, ScreenLanguages.of(MemberLanguage.TURKISH, null))
                .statement(VIEW, FATMA));
        assertThat(text).contains("Fatma", "Dönem 2", "€ 200,00", "€ 151,33").doesNotContain("Own savings", "Payout");
    }

    @Test
    void theSummaryStaysInTheLanguageOfWhoeverPrintsIt() throws IOException {
        String text = PdfText.of(forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.TURKISH, null))
                .summary(VIEW));
        assertThat(text).contains("Uitbetaling spaarronde 2", "Fatma");
    }

    @Test
    void aUkrainianStatementReadsBackAsWritten() throws IOException {
        byte[] pdf = forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.UKRAINIAN, null))
                .statement(VIEW, FATMA);
        // Kept in target/forms to look at (pdftoppm -png -r 60).
        Files.write(Files.createDirectories(Path.of("target", "forms")).resolve("statement-uk.pdf"), pdf);
        String text = PdfText.of(pdf);
        assertThat(text)
                .contains(
                        "Виплата за цикл 2",
                        "Власні заощадження",
                        "Позику вираховано",
                        "Виплачено",
                        "Отримання підтверджую, підпис",
                        "€ 151,33");
    }

    static ShareOutForms forms(Locale staff, ScreenLanguages members) {
        return new ShareOutForms((key, args) -> TRANSLATIONS.getTranslation(key, staff, args), staff, members);
    }
}
