package nl.kringwerk.savings.ui;

import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.isolate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.savings.domain.CashCount;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EveningPaper;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.sessions.domain.SessionRole;
import org.jspecify.annotations.Nullable;

/**
 * The sheets of the evening's paper pack (issue 19) that only the pack has: its cover, the savings
 * form to fill in and the box count. In the language of whoever prints the pack; {@link PaperForms}
 * puts them together with the attendance list and the parts other features add.
 */
final class EveningPackSheets {

    private final PaperForms.Texts texts;
    private final Locale locale;

    EveningPackSheets(PaperForms.Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    private static final List<SessionRole> TASKS =
            List.of(SessionRole.CHAIR, SessionRole.BOOKKEEPER, SessionRole.COUNTER_1, SessionRole.COUNTER_2);
    private static final List<String> TASK_KEYS = List.of(
            "role-at-session.chair",
            "role-at-session.bookkeeper",
            "role-at-session.counter1",
            "role-at-session.counter2");

    /** The first sheet: what the pack is for, tonight's tasks, the cycle's agreements and the steps. */
    void cover(PdfSheet sheet, EveningPaper evening) {
        MeetingState state = evening.meeting();
        header(sheet, texts.t("pack.title"), state.groupName(), state.date());
        sheet.paragraph(texts.t("pack.intro"), BODY);
        sheet.space();
        sheet.paragraph(texts.t("pack.tasks"), HEAD);
        if (evening.tasks().isEmpty()) {
            sheet.paragraph(texts.t("pack.tasks-none"), BODY);
        } else {
            PdfSheet.Table tasks =
                    sheet.table(new float[] {1, 2}, texts.t("pack.tasks.task"), texts.t("pack.tasks.who"));
            for (int i = 0; i < TASKS.size(); i++) {
                tasks.text(texts.t(TASK_KEYS.get(i)), BODY);
                tasks.text(PaperForms.dash(evening.tasks().get(TASKS.get(i))), BODY);
            }
            sheet.add(tasks);
        }
        sheet.space();
        sheet.paragraph(texts.t("pack.rules"), HEAD);
        List<String> rules = new ArrayList<>();
        rules.add(texts.t("pack.max-deposit", state.maxDeposit().format()));
        if (state.socialFundPerSession() != null) {
            rules.add(texts.t("pack.social-fund", state.socialFundPerSession().format()));
        }
        rules.add(texts.t("pack.box-start", state.expectedBox().format()));
        sheet.list(rules, false, BODY);
        sheet.space();
        sheet.paragraph(texts.t("pack.steps"), HEAD);
        sheet.list(
                List.of(
                        texts.t("pack.step.1"),
                        texts.t("pack.step.2"),
                        texts.t("pack.step.3"),
                        texts.t("pack.step.4"),
                        texts.t("pack.step.5")),
                true,
                BODY);
    }

    /** The savings form to fill in: every member with what she saved so far, the rest blank. */
    void blankSavingsForm(PdfSheet sheet, EveningPaper evening) {
        MeetingState state = evening.meeting();
        header(sheet, texts.t("pack.savings.title"), state.groupName(), state.date());
        sheet.paragraph(texts.t("pack.savings.help"), SMALL);
        sheet.space();
        boolean fund = state.socialFundPerSession() != null;
        List<String> headers = new ArrayList<>(List.of(
                texts.t("book.member"),
                texts.t("pack.savings.so-far"),
                texts.t("pack.savings.today"),
                texts.t("pack.savings.new-total")));
        if (fund) {
            headers.add(texts.t(
                    "pack.savings.social-fund", state.socialFundPerSession().format()));
        }
        headers.add(texts.t("pack.savings.initials"));
        float[] widths = fund ? new float[] {5, 3, 3, 3, 3, 3} : new float[] {5, 3, 3, 3, 3};
        PdfSheet.Table table = sheet.table(widths, headers.toArray(String[]::new));
        Money soFar = Money.ZERO;
        for (AttendanceLine member : state.attendance()) {
            Money saved = evening.savedSoFar(member.memberId());
            soFar = soFar.plus(saved);
            table.text(member.name(), BODY, 26);
            table.amount(saved);
            for (int i = 2; i < headers.size(); i++) {
                table.text("", BODY);
            }
        }
        table.text(texts.t("pack.savings.total"), HEAD, 26);
        table.amount(soFar, HEAD);
        for (int i = 2; i < headers.size(); i++) {
            table.text("", BODY);
        }
        sheet.add(table);
        sheet.space();
        sheet.paragraph(texts.t("pack.signed-by"), BODY);
    }

    /** The box count: every coin and note, counted by two people apart, and the sum it should make. */
    void boxCount(PdfSheet sheet, EveningPaper evening) {
        MeetingState state = evening.meeting();
        header(sheet, texts.t("pack.box.title"), state.groupName(), state.date());
        sheet.paragraph(texts.t("pack.box.help"), SMALL);
        sheet.paragraph(
                texts.t(
                        "pack.box.counters",
                        isolate(blankIfNone(evening.tasks().get(SessionRole.COUNTER_1))),
                        isolate(blankIfNone(evening.tasks().get(SessionRole.COUNTER_2)))),
                BODY);
        sheet.space();
        PdfSheet.Table table = sheet.table(
                new float[] {3, 3, 3, 3, 3},
                texts.t("pack.box.piece"),
                texts.t("pack.box.count", 1),
                texts.t("pack.box.amount"),
                texts.t("pack.box.count", 2),
                texts.t("pack.box.amount"));
        for (Money denomination : CashCount.DENOMINATIONS) {
            table.text(denomination.format().replace(",00", ""), HEAD, 20);
            for (int i = 0; i < 4; i++) {
                table.text("", BODY);
            }
        }
        table.text(texts.t("pack.box.total"), HEAD, 24);
        for (int i = 0; i < 4; i++) {
            table.text("", BODY);
        }
        sheet.add(table);
        sheet.space();
        PdfSheet.Table sum = sheet.table(new float[] {4, 2}, texts.t("pack.box.sum"), texts.t("pack.box.amount"));
        sum.text(texts.t("pack.box.start"), BODY, 22);
        sum.amount(state.expectedBox());
        for (String line : List.of(
                "pack.box.in", "pack.box.out", "pack.box.expected", "pack.box.counted", "pack.box.difference")) {
            sum.text(texts.t(line), line.equals("pack.box.expected") ? HEAD : BODY, 22);
            sum.text("", BODY);
        }
        sheet.add(sum);
        sheet.space();
        PdfSheet.Table signatures =
                sheet.table(new float[] {1, 1}, texts.t("pack.box.signature", 1), texts.t("pack.box.signature", 2));
        signatures.text("", BODY, 40);
        signatures.text("", BODY, 40);
        sheet.add(signatures);
    }

    private static String blankIfNone(@Nullable String name) {
        return name == null ? "________________" : name;
    }

    private void header(PdfSheet sheet, String title, String groupName, @Nullable LocalDate date) {
        sheet.header(title, groupName, date, locale);
    }
}
