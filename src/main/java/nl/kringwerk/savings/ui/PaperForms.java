package nl.kringwerk.savings.ui;

import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.amountCell;
import static nl.kringwerk.base.ui.PdfSheet.cell;
import static nl.kringwerk.base.ui.PdfSheet.pdf;
import static nl.kringwerk.base.ui.PdfSheet.table;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.PassbookLine;
import nl.kringwerk.savings.service.RoleOverview;
import nl.kringwerk.savings.service.SavingsOverview;
import nl.kringwerk.savings.service.SessionLine;
import nl.kringwerk.sessions.domain.SessionRole;
import org.jspecify.annotations.Nullable;

/**
 * The paper forms a group used before Kringwerk, so paper stays possible: the attendance list
 * (blank to sign, or filled), the savings form of a session, the savings overview and a passbook.
 * Built from data a view already read under the access check. What members sign or keep (the
 * attendance list, the savings form, the passbook) is in the group's language(s), each text once per
 * language; the overview and the task plan are in the language of whoever prints them.
 */
final class PaperForms {

    /** Translates a key with arguments, like Component.getTranslation. */
    interface Texts extends PdfSheet.Texts {}

    private final Texts texts;
    private final Locale locale;
    private final Texts members;
    private final Locale membersLocale;

    /** Forms for a group that reads the language of whoever prints them. */
    PaperForms(Texts texts, Locale locale) {
        this(texts, locale, new ScreenLanguages(MemberLanguage.of(locale), null));
    }

    /** @param members the group's languages, for the forms its members sign or keep */
    PaperForms(Texts texts, Locale locale, ScreenLanguages members) {
        this.texts = texts;
        this.locale = locale;
        this.members = (key, args) -> MemberTexts.lines(members, key, args);
        this.membersLocale = members.first().locale();
    }

    /** @param blank true for a list to sign at the next session, false for what was recorded */
    byte[] attendanceList(MeetingState state, boolean blank) {
        return pdf(PageSize.A4, document -> {
            membersHeader(document, members.t("paper.attendance.title"), state.groupName(), state.date());
            PdfPTable table = table(
                    new float[] {4, 3, 5},
                    members.t("paper.member"),
                    members.t("paper.attendance.status"),
                    members.t("paper.attendance.signature"));
            for (AttendanceLine line : state.attendance()) {
                table.addCell(cell(line.name(), BODY, 34));
                table.addCell(cell(
                        blank || line.status() == null
                                ? ""
                                : members.t("paper.attendance." + line.status().name()),
                        BODY,
                        28));
                table.addCell(cell(!blank && line.signed() ? members.t("paper.attendance.signed") : "", BODY, 34));
            }
            document.add(table);
            if (!blank) {
                long present = state.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.PRESENT)
                        .count();
                document.add(new Paragraph(
                        members.t(
                                "paper.attendance.count",
                                present,
                                state.attendance().size()),
                        BODY));
            }
        });
    }

    /** The spaarformulier of one session: every booking with who counted and who wrote it. */
    byte[] savingsForm(MeetingState state) {
        return pdf(PageSize.A4, document -> {
            membersHeader(document, members.t("paper.form.title"), state.groupName(), state.date());
            document.add(new Paragraph(
                    members.t(
                            "paper.form.roles",
                            state.nameOf(state.roles().chair()),
                            state.nameOf(state.roles().bookkeeper()),
                            state.nameOf(state.roles().counter1()),
                            state.nameOf(state.roles().counter2())),
                    BODY));
            document.add(new Paragraph(" "));
            PdfPTable table = table(
                    new float[] {1, 3, 3, 2, 5},
                    "#",
                    members.t("paper.member"),
                    members.t("paper.what"),
                    members.t("paper.amount"),
                    members.t("paper.note"));
            for (EntryLine e : state.entries()) {
                table.addCell(cell(String.valueOf(e.id()), SMALL, 0));
                table.addCell(cell(e.memberName() == null ? "" : e.memberName(), BODY, 0));
                table.addCell(cell(
                        members.t("paper.kind." + e.kind().name())
                                + (e.reversed() ? " (" + members.t("paper.form.corrected") + ")" : ""),
                        BODY,
                        0));
                table.addCell(amountCell(e.amount()));
                table.addCell(cell(
                        (e.reason() == null ? "" : e.reason() + " · ")
                                + members.t("paper.form.witnesses", dash(e.countedBy()), dash(e.recordedBy())),
                        SMALL,
                        0));
            }
            document.add(table);
            document.add(
                    new Paragraph(members.t("paper.form.today", state.todayIn().format()), HEAD));
            document.add(new Paragraph(
                    members.t("paper.form.expected", state.expectedBox().format()), BODY));
            if (state.countedCash() != null) {
                document.add(new Paragraph(
                        members.t("paper.form.counted", state.countedCash().format()), BODY));
            }
        });
    }

    byte[] overview(String groupName, SavingsOverview overview) {
        return pdf(PageSize.A4.rotate(), document -> {
            header(document, texts.t("book.overview"), groupName, null);
            int columns = overview.sessions().size() + 2;
            float[] widths = new float[columns];
            Arrays.fill(widths, 2);
            widths[0] = 4;
            widths[columns - 1] = 3;
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.addCell(cell(texts.t("book.member"), HEAD, 0));
            DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd-MM");
            for (SessionLine session : overview.sessions()) {
                table.addCell(cell(shortDate.format(session.date()), HEAD, 0));
            }
            table.addCell(cell(texts.t("book.total"), HEAD, 0));
            for (SavingsOverview.Row row : overview.rows()) {
                table.addCell(cell(row.name(), BODY, 0));
                for (SessionLine session : overview.sessions()) {
                    Money m = row.savedBySession().get(session.id());
                    table.addCell(m == null ? cell("", BODY, 0) : amountCell(m));
                }
                table.addCell(amountCell(row.total()));
            }
            table.addCell(cell(texts.t("book.total"), HEAD, 0));
            for (SessionLine session : overview.sessions()) {
                Money m = overview.sessionTotals().get(session.id());
                table.addCell(m == null ? cell("", BODY, 0) : amountCell(m));
            }
            table.addCell(amountCell(overview.total()));
            document.add(table);
        });
    }

    byte[] passbook(String groupName, String memberName, List<PassbookLine> lines) {
        return pdf(PageSize.A5, document -> {
            membersHeader(document, members.t("paper.passbook.title"), groupName, null);
            document.add(new Paragraph(memberName, HEAD));
            document.add(new Paragraph(" "));
            PdfPTable table = table(
                    new float[] {3, 3, 2, 2},
                    members.t("paper.date"),
                    members.t("paper.what"),
                    members.t("paper.amount"),
                    members.t("paper.total"));
            for (PassbookLine line : lines) {
                table.addCell(cell(line.date() == null ? "" : PdfSheet.shortDate(line.date(), membersLocale), BODY, 0));
                table.addCell(cell(members.t("paper.kind." + line.kind().name()), BODY, 0));
                table.addCell(amountCell(line.amount()));
                table.addCell(amountCell(line.runningTotal()));
            }
            document.add(table);
            Money total =
                    lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).runningTotal();
            document.add(new Paragraph(members.t("paper.passbook.total", total.format()), HEAD));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(members.t("paper.passbook.benefit-note"), SMALL));
        });
    }

    /** The task plan to hang on the wall: the coming sessions and who does what. */
    byte[] rolePlan(RoleOverview roles) {
        return pdf(PageSize.A4.rotate(), document -> {
            header(document, texts.t("roles.plan"), roles.groupName(), null);
            List<SessionRole> tasks =
                    List.of(SessionRole.CHAIR, SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.COUNTER_2);
            PdfPTable table = table(
                    new float[] {3, 3, 3, 3, 3},
                    texts.t("print.date"),
                    texts.t("role-at-session.chair"),
                    texts.t("role-at-session.bookkeeper"),
                    texts.t("role-at-session.counter1"),
                    texts.t("role-at-session.counter2"));
            for (RoleOverview.Planned planned : roles.plan()) {
                table.addCell(cell(PdfSheet.shortDate(planned.date(), locale), BODY, 26));
                tasks.forEach(task -> table.addCell(cell(dash(planned.holders().get(task)), BODY, 26)));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.t("roles.plan-note"), SMALL));
        });
    }

    private void header(Document document, String title, String groupName, @Nullable LocalDate date) {
        PdfSheet.header(document, title, groupName, date, locale);
    }

    /** The head of a form for the members: its date in the group's first language. */
    private void membersHeader(Document document, String title, String groupName, @Nullable LocalDate date) {
        PdfSheet.header(document, title, groupName, date, membersLocale);
    }

    private static String dash(@Nullable String s) {
        return s == null ? "-" : s;
    }
}
