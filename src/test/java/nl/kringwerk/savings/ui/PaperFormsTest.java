package nl.kringwerk.savings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.PdfText;
import nl.kringwerk.WorldNames;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.PassbookLine;
import nl.kringwerk.savings.service.RoleOverview;
import nl.kringwerk.savings.service.SavingsOverview;
import nl.kringwerk.savings.service.SessionLine;
import nl.kringwerk.sessions.domain.SessionRole;
import org.junit.jupiter.api.Test;

/** The printed forms say what the screen says, in Dutch, with amounts the Dutch way. */
class PaperFormsTest {

    static final Translations TRANSLATIONS = new Translations();
    static final PaperForms FORMS = new PaperForms(
            (key, args) -> TRANSLATIONS.getTranslation(key, Translations.DUTCH, args), Translations.DUTCH);
    static final LocalDate DATE = LocalDate.of(2026, 11, 17);

    @Test
    void aBlankAttendanceListHasEveryNameAndNoMarks() throws IOException {
        String text = text(FORMS.attendanceList(state(), true));
        assertThat(text)
                .contains("Presentielijst", "Samira", "Fatma", "Anja", "Handtekening")
                .doesNotContain("Aanwezig: ")
                .doesNotContain("Getekend");
    }

    @Test
    void aFilledAttendanceListShowsWhoWasThereAndSigned() throws IOException {
        String text = text(FORMS.attendanceList(state(), false));
        assertThat(text).contains("Aanwezig", "Afgemeld", "Getekend", "Aanwezig: 2 van 3");
    }

    @Test
    void theSavingsFormListsEveryBookingWithItsWitnessesAndTheBox() throws IOException {
        String text = text(FORMS.savingsForm(state()));
        assertThat(text)
                .contains(
                        "Spaarformulier",
                        "€ 12,50",
                        "Correctie",
                        "Het was 2 euro",
                        "geteld door Anja, geschreven door Fatma",
                        "In deze bijeenkomst opgeschreven: € 12,50");
    }

    @Test
    void theOverviewAndThePassbookCarryTheirTotalsAndTheBenefitNote() throws IOException {
        SavingsOverview overview = new SavingsOverview(
                "Kring Zon",
                List.of(new SessionLine(1, DATE, SessionStatus.CLOSED)),
                List.of(new SavingsOverview.Row(1, "Samira", Map.of(1L, Money.ofCents(1250)), Money.ofCents(1250))),
                Map.of(1L, Money.ofCents(1250)),
                Money.ofCents(1250));
        assertThat(text(FORMS.overview("Kring Zon", overview)))
                .contains("Spaaroverzicht", "Samira", "€ 12,50", "17-11");
        String passbook = text(FORMS.passbook(
                "Kring Zon",
                "Samira",
                List.of(new PassbookLine(DATE, EntryKind.DEPOSIT, Money.ofCents(1250), null, Money.ofCents(1250)))));
        assertThat(passbook)
                .contains("Spaarboekje", "Samira", "Gespaard in deze spaarronde: € 12,50", "vermogenstoets");
    }

    private static MeetingState state() {
        List<AttendanceLine> attendance = List.of(
                new AttendanceLine(1, "Samira", AttendanceStatus.PRESENT, true),
                new AttendanceLine(2, "Fatma", AttendanceStatus.PRESENT, false),
                new AttendanceLine(3, "Anja", AttendanceStatus.EXCUSED, false));
        Instant at = Instant.parse("2026-11-17T19:00:00Z");
        List<EntryLine> entries = List.of(
                new EntryLine(
                        10,
                        1L,
                        EntryKind.DEPOSIT,
                        1L,
                        "Samira",
                        Money.euros(20),
                        null,
                        true,
                        null,
                        "Anja",
                        "Fatma",
                        "coordinator",
                        at),
                new EntryLine(
                        11,
                        1L,
                        EntryKind.REVERSAL,
                        1L,
                        "Samira",
                        Money.euros(-20),
                        10L,
                        false,
                        "Het was 2 euro",
                        "Anja",
                        "Fatma",
                        "coordinator",
                        at),
                new EntryLine(
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
                        at));
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
                attendance,
                entries,
                Money.ofCents(1250),
                Money.ofCents(1250),
                Money.ofCents(1250),
                null,
                Money.euros(250),
                Money.ofCents(1250));
    }

    @Test
    void theTaskPlanListsTheComingSessionsAndWhoDoesWhat() throws IOException {
        var plan = new RoleOverview(
                "Kring Zon",
                List.of(),
                List.of(new RoleOverview.Planned(
                        1,
                        DATE,
                        Map.of(
                                SessionRole.CHAIR, "Samira",
                                SessionRole.BOOKKEEPER, "Fatma",
                                SessionRole.COUNTER_1, "Anja",
                                SessionRole.COUNTER_2, "Gloria"))),
                List.of());
        assertThat(text(FORMS.rolePlan(plan)))
                .contains(
                        "Takenrooster",
                        "Kring Zon",
                        "17 november 2026",
                        "Voorzitter",
                        "Samira",
                        "Fatma",
                        "Anja",
                        "Gloria",
                        "Geldteller 2");
    }

    /** Names in Turkish, Polish, Vietnamese, Ukrainian, Arabic and Ge'ez come back from paper as typed. */
    @Test
    void everyFormPrintsNamesInEveryScriptAsTheyWereTyped() throws IOException {
        List<String> names = WorldNames.ALL;
        String group = "Kring Zon · دائرة الشمس";
        List<AttendanceLine> attendance = new ArrayList<>();
        List<EntryLine> entries = new ArrayList<>();
        List<SavingsOverview.Row> rows = new ArrayList<>();
        Map<SessionRole, String> holders = new LinkedHashMap<>();
        List<SessionRole> tasks =
                List.of(SessionRole.CHAIR, SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.COUNTER_2);
        Instant at = Instant.parse("2026-11-17T19:00:00Z");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            long id = i + 1;
            attendance.add(new AttendanceLine(id, name, AttendanceStatus.PRESENT, true));
            entries.add(new EntryLine(
                    10 + i,
                    1L,
                    EntryKind.DEPOSIT,
                    id,
                    name,
                    Money.ofCents(1250),
                    null,
                    false,
                    null,
                    names.get((i + 1) % names.size()),
                    names.get((i + 2) % names.size()),
                    "coordinator",
                    at));
            rows.add(new SavingsOverview.Row(id, name, Map.of(1L, Money.ofCents(1250)), Money.ofCents(1250)));
            if (i < tasks.size()) {
                holders.put(tasks.get(i), name);
            }
        }
        MeetingState meeting = new MeetingState(
                1,
                1,
                group,
                1,
                DATE,
                SessionStatus.CLOSED,
                true,
                false,
                new SessionRoles(5L, 6L, 7L, 1L),
                attendance,
                entries,
                Money.ofCents(1250 * names.size()),
                Money.ofCents(1250 * names.size()),
                Money.ofCents(1250 * names.size()),
                null,
                Money.euros(250),
                Money.ofCents(1250 * names.size()));
        SavingsOverview overview = new SavingsOverview(
                group,
                List.of(new SessionLine(1, DATE, SessionStatus.CLOSED)),
                rows,
                Map.of(1L, Money.ofCents(1250 * names.size())),
                Money.ofCents(1250 * names.size()));
        Map<String, byte[]> forms = new LinkedHashMap<>();
        forms.put("attendance list to sign", FORMS.attendanceList(meeting, true));
        forms.put("attendance list", FORMS.attendanceList(meeting, false));
        forms.put("savings form", FORMS.savingsForm(meeting));
        forms.put("overview", FORMS.overview(group, overview));
        forms.put(
                "task plan",
                FORMS.rolePlan(new RoleOverview(
                        group, List.of(), List.of(new RoleOverview.Planned(1, DATE, holders)), List.of())));
        for (String name : names) {
            forms.put(
                    "passbook of " + name,
                    FORMS.passbook(
                            group,
                            name,
                            List.of(new PassbookLine(
                                    DATE, EntryKind.DEPOSIT, Money.ofCents(1250), null, Money.ofCents(1250)))));
        }
        for (var form : forms.entrySet()) {
            String text = text(PdfText.keep(form.getKey(), form.getValue()));
            assertThat(text).as(form.getKey()).contains(group.split(" · "));
            List<String> expected = form.getKey().startsWith("passbook of ")
                    ? List.of(form.getKey().substring("passbook of ".length()))
                    : form.getKey().equals("task plan") ? names.subList(0, tasks.size()) : names;
            assertThat(text).as(form.getKey()).contains(expected);
            assertThat(PdfText.fonts(form.getValue()))
                    .as(form.getKey() + ": every font travels inside the PDF, as a subset")
                    .isNotEmpty()
                    .allMatch(f -> f.embedded() && f.subset());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }
}
