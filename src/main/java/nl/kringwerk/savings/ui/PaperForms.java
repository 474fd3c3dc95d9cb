package nl.kringwerk.savings.ui;

import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.isolate;
import static nl.kringwerk.base.ui.PdfSheet.pdf;

import com.lowagie.text.PageSize;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import nl.kringwerk.savings.service.EveningPaper;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.PassbookLine;
import nl.kringwerk.savings.service.PassbookLoan;
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
        return pdf(PageSize.A4, membersLocale, sheet -> attendance(sheet, state, blank));
    }

    private void attendance(PdfSheet sheet, MeetingState state, boolean blank) {
        {
            membersHeader(sheet, members.t("paper.attendance.title"), state.groupName(), state.date());
            PdfSheet.Table table = sheet.table(
                    new float[] {4, 3, 5},
                    members.t("paper.member"),
                    members.t("paper.attendance.status"),
                    members.t("paper.attendance.signature"));
            for (AttendanceLine line : state.attendance()) {
                table.text(line.name(), BODY, 34);
                table.text(
                        blank || line.status() == null
                                ? ""
                                : members.t("paper.attendance." + line.status().name()),
                        BODY,
                        28);
                table.text(!blank && line.signed() ? members.t("paper.attendance.signed") : "", BODY, 34);
            }
            sheet.add(table);
            if (!blank) {
                long present = state.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.PRESENT)
                        .count();
                sheet.paragraph(
                        members.t(
                                "paper.attendance.count",
                                present,
                                state.attendance().size()),
                        BODY);
            }
        }
    }

    /** The spaarformulier of one session: every booking with who counted and who wrote it. */
    byte[] savingsForm(MeetingState state) {
        return pdf(PageSize.A4, membersLocale, sheet -> {
            membersHeader(sheet, members.t("paper.form.title"), state.groupName(), state.date());
            sheet.paragraph(
                    members.t(
                            "paper.form.roles",
                            isolate(state.nameOf(state.roles().chair())),
                            isolate(state.nameOf(state.roles().bookkeeper())),
                            isolate(state.nameOf(state.roles().counter1())),
                            isolate(state.nameOf(state.roles().counter2()))),
                    BODY);
            sheet.space();
            PdfSheet.Table table = sheet.table(
                    new float[] {1, 3, 3, 2, 5},
                    "#",
                    members.t("paper.member"),
                    members.t("paper.what"),
                    members.t("paper.amount"),
                    members.t("paper.note"));
            for (EntryLine e : state.entries()) {
                table.text(String.valueOf(e.id()), SMALL);
                table.text(e.memberName() == null ? "" : e.memberName(), BODY);
                table.text(
                        members.t("paper.kind." + e.kind().name())
                                + (e.reversed() ? " (" + members.t("paper.form.corrected") + ")" : ""),
                        BODY);
                table.amount(e.amount());
                table.text(
                        (e.reason() == null ? "" : isolate(e.reason()) + " · ")
                                + members.t(
                                        "paper.form.witnesses",
                                        isolate(dash(e.countedBy())),
                                        isolate(dash(e.recordedBy()))),
                        SMALL);
            }
            sheet.add(table);
            sheet.paragraph(members.t("paper.form.today", state.todayIn().format()), HEAD);
            sheet.paragraph(members.t("paper.form.expected", state.expectedBox().format()), BODY);
            if (state.countedCash() != null) {
                sheet.paragraph(
                        members.t("paper.form.counted", state.countedCash().format()), BODY);
            }
        });
    }

    byte[] overview(String groupName, SavingsOverview overview) {
        return pdf(PageSize.A4.rotate(), locale, sheet -> {
            header(sheet, texts.t("book.overview"), groupName, null);
            int columns = overview.sessions().size() + 2;
            float[] widths = new float[columns];
            Arrays.fill(widths, 2);
            widths[0] = 4;
            widths[columns - 1] = 3;
            DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd-MM");
            List<String> headers = new ArrayList<>();
            headers.add(texts.t("book.member"));
            overview.sessions().forEach(session -> headers.add(shortDate.format(session.date())));
            headers.add(texts.t("book.total"));
            PdfSheet.Table table = sheet.table(widths, headers.toArray(String[]::new));
            for (SavingsOverview.Row row : overview.rows()) {
                table.text(row.name(), BODY);
                for (SessionLine session : overview.sessions()) {
                    amountOrEmpty(table, row.savedBySession().get(session.id()));
                }
                table.amount(row.total());
            }
            table.text(texts.t("book.total"), HEAD);
            for (SessionLine session : overview.sessions()) {
                amountOrEmpty(table, overview.sessionTotals().get(session.id()));
            }
            table.amount(overview.total());
            sheet.add(table);
        });
    }

    byte[] passbook(String groupName, String memberName, List<PassbookLine> lines) {
        return passbook(groupName, memberName, lines, List.of());
    }

    byte[] passbook(String groupName, String memberName, List<PassbookLine> lines, List<PassbookLoan> loans) {
        return pdf(PageSize.A5, membersLocale, sheet -> {
            membersHeader(sheet, members.t("paper.passbook.title"), groupName, null);
            sheet.paragraph(memberName, HEAD);
            sheet.space();
            PdfSheet.Table table = sheet.table(
                    new float[] {3, 3, 2, 2},
                    members.t("paper.date"),
                    members.t("paper.what"),
                    members.t("paper.amount"),
                    members.t("paper.total"));
            for (PassbookLine line : lines) {
                table.text(line.date() == null ? "" : PdfSheet.shortDate(line.date(), membersLocale), BODY);
                table.text(members.t("paper.kind." + line.kind().name()), BODY);
                table.amount(line.amount());
                table.amount(line.runningTotal());
            }
            sheet.add(table);
            Money total =
                    lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).runningTotal();
            sheet.paragraph(members.t("paper.passbook.total", total.format()), HEAD);
            if (!loans.isEmpty()) {
                sheet.space();
                sheet.paragraph(members.t("paper.passbook.loans"), HEAD);
                PdfSheet.Table loanTable = sheet.table(
                        new float[] {3, 2.5f, 3, 3},
                        members.t("paper.date"),
                        members.t("paper.loan.amount"),
                        members.t("paper.loan.repaid"),
                        members.t("paper.loan.owed"));
                for (PassbookLoan loan : loans) {
                    loanTable.text(loan.outOn() == null ? "" : NUMERIC_DATE.format(loan.outOn()), BODY);
                    loanTable.amount(loan.amount());
                    loanTable.amount(loan.repaid());
                    loanTable.amount(loan.owed());
                }
                sheet.add(loanTable);
                for (PassbookLoan loan : loans) {
                    sheet.paragraph((loans.size() > 1 ? loan.amount().format() + ": " : "") + nextPayment(loan), BODY);
                }
            }
            sheet.space();
            sheet.paragraph(members.t("paper.passbook.benefit-note"), SMALL);
        });
    }

    private static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Her arrears, and when she pays next and how much; or that the loan is paid back. */
    private String nextPayment(PassbookLoan loan) {
        if (!loan.owed().isPositive()) {
            return members.t("paper.loan.paid-off");
        }
        String next = members.t("paper.loan.next")
                + ": "
                + (loan.nextDue() == null
                        ? loan.owed().format()
                        : members.t(
                                "paper.loan.next-value",
                                loan.nextAmount().format(),
                                PdfSheet.shortDate(loan.nextDue(), membersLocale)));
        return loan.overdue().isPositive()
                ? members.t("paper.loan.arrears", loan.overdue().format()) + "\n" + next
                : next;
    }

    /** The task plan to hang on the wall: the coming sessions and who does what. */
    byte[] rolePlan(RoleOverview roles) {
        return pdf(PageSize.A4.rotate(), locale, sheet -> {
            header(sheet, texts.t("roles.plan"), roles.groupName(), null);
            List<SessionRole> tasks =
                    List.of(SessionRole.CHAIR, SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.COUNTER_2);
            PdfSheet.Table table = sheet.table(
                    new float[] {3, 3, 3, 3, 3},
                    texts.t("print.date"),
                    texts.t("role-at-session.chair"),
                    texts.t("role-at-session.bookkeeper"),
                    texts.t("role-at-session.counter1"),
                    texts.t("role-at-session.counter2"));
            for (RoleOverview.Planned planned : roles.plan()) {
                table.text(PdfSheet.shortDate(planned.date(), locale), BODY, 26);
                tasks.forEach(task -> table.text(dash(planned.holders().get(task)), BODY, 26));
            }
            sheet.add(table);
            sheet.space();
            sheet.paragraph(texts.t("roles.plan-note"), SMALL);
        });
    }

    /** The evening's pack (issue 19): everything a group needs to run one evening on paper. */
    byte[] eveningPack(EveningPaper evening, List<PaperPackPart> parts) {
        MeetingState state = evening.meeting();
        EveningPackSheets pack = new EveningPackSheets(texts, locale);
        return pdf(PageSize.A4, locale, sheet -> {
            pack.cover(sheet, evening);
            sheet.newPage();
            attendance(sheet, state, true);
            sheet.newPage();
            pack.blankSavingsForm(sheet, evening);
            for (PaperPackPart part : parts) {
                sheet.newPage();
                part.write(sheet, evening, texts, locale);
            }
            sheet.newPage();
            pack.boxCount(sheet, evening);
        });
    }

    private void header(PdfSheet sheet, String title, String groupName, @Nullable LocalDate date) {
        sheet.header(title, groupName, date, locale);
    }

    private static void amountOrEmpty(PdfSheet.Table table, @Nullable Money money) {
        if (money == null) {
            table.text("", BODY);
        } else {
            table.amount(money);
        }
    }

    /** The head of a form for the members: its date in the group's first language. */
    private void membersHeader(PdfSheet sheet, String title, String groupName, @Nullable LocalDate date) {
        sheet.header(title, groupName, date, membersLocale);
    }

    static String dash(@Nullable String s) {
        return s == null ? "-" : s;
    }
}
