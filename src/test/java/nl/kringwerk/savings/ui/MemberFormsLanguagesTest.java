package nl.kringwerk.savings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.PdfText;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.PassbookLine;
import org.junit.jupiter.api.Test;

/**
 * The forms members sign come in their group's language(s), whatever the language of whoever
 * prints them. Until the forms embed fonts for every script (branch pdf), the standard font drops
 * letters outside Latin-1: the tests that read such letters back wait for those fonts.
 */
class MemberFormsLanguagesTest {

    static final Translations TRANSLATIONS = new Translations();
    static final LocalDate DATE = LocalDate.of(2026, 11, 17);

    @Test
    void anEnglishSpeakingCoordinatorPrintsADutchGroupsAttendanceListInDutch() throws IOException {
        String text = text(forms(Translations.ENGLISH, ScreenLanguages.DUTCH).attendanceList(state(), false));
        assertThat(text)
                .contains("Presentielijst", "Handtekening", "Aanwezig: 2 van 3", "17 november 2026")
                .doesNotContain("Attendance list", "Signature");
    }

    @Test
    void aGroupOfDutchAndPolishGetsBothOnItsAttendanceList() throws IOException {
        byte[] pdf = forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.DUTCH, MemberLanguage.POLISH))
                .attendanceList(state(), true);
        keep("attendance-nl-pl", pdf);
        String text = text(pdf);
        assertThat(text).contains("Presentielijst", "Handtekening", "Podpis", "Samira", "Fatma");
    }

    @Test
    void aTurkishGroupsSavingsFormAndPassbookAreTurkishWithTurkishDates() throws IOException {
        PaperForms turkish = forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.TURKISH, null));
        keep("savings-form-tr", turkish.savingsForm(state()));
        assertThat(text(turkish.savingsForm(state())))
                .contains("Tutar", "€ 12,50", "Samira")
                .doesNotContain("Spaarformulier", "Bedrag");
        assertThat(text(turkish.passbook("Kring Zon", "Samira", passbook())))
                .contains("Tarih", "Tutar", "Toplam", "€ 12,50")
                .doesNotContain("Spaarboekje", "vermogenstoets");
    }

    @Test
    void aPolishGroupsPassbookHasPolishDates() throws IOException {
        String text = text(forms(Translations.ENGLISH, ScreenLanguages.of(MemberLanguage.POLISH, null))
                .passbook("Kring Zon", "Samira", passbook()));
        assertThat(text).contains("17 listopada 2026", "Data", "Kwota", "Razem");
    }

    @Test
    void everyScriptReadsBackAsWritten() throws IOException {
        assertThat(text(forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.TURKISH, null))
                        .attendanceList(state(), true)))
                .contains("Katılım listesi", "İmza");
        assertThat(text(forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.POLISH, null))
                                .savingsForm(state()))
                        // A cell breaks its text over lines where it must.
                        .replaceAll("\\s+", " "))
                .contains("Formularz oszczędności", "policzone przez Anja, zapisane przez Fatma");
        assertThat(text(forms(Translations.DUTCH, ScreenLanguages.of(MemberLanguage.UKRAINIAN, null))
                                .passbook("Kring Zon", "Олена", passbook()))
                        .replaceAll("\\s+", " "))
                .contains("Ощадна книжка", "Олена", "Заощаджено в цьому циклі: € 12,50", "17 листопада", "2026");
    }

    static PaperForms forms(Locale staff, ScreenLanguages members) {
        return new PaperForms((key, args) -> TRANSLATIONS.getTranslation(key, staff, args), staff, members);
    }

    static List<PassbookLine> passbook() {
        return List.of(new PassbookLine(DATE, EntryKind.DEPOSIT, Money.ofCents(1250), null, Money.ofCents(1250)));
    }

    static MeetingState state() {
        Instant at = Instant.parse("2026-11-17T19:00:00Z");
        return new MeetingState(
                1,
                1,
                "Kring Zon",
                1,
                DATE,
                SessionStatus.CLOSED,
                true,
                false,
                new SessionRoles(1L, 2L, 3L, 1L),
                List.of(
                        new AttendanceLine(1, "Samira", AttendanceStatus.PRESENT, true),
                        new AttendanceLine(2, "Fatma", AttendanceStatus.PRESENT, false),
                        new AttendanceLine(3, "Anja", AttendanceStatus.EXCUSED, false)),
                List.of(new EntryLine(
                        12,
                        1L,
                        EntryKind.DEPOSIT,
                        1L,
                        "Samira",
                        Money.ofCents(1250),
                        null,
                        false,
                        null,
                        "Anja",
                        "Fatma",
                        "coordinator",
                        at)),
                Money.ofCents(1250),
                Money.ofCents(1250),
                Money.ofCents(1250),
                null,
                Money.euros(250),
                Money.ofCents(1250));
    }

    /** Kept in target/forms to look at (pdftoppm -png -r 60). */
    static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "forms"));
        Files.write(folder.resolve(name + ".pdf"), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }
}
