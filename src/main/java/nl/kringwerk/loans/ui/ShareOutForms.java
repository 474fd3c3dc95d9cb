package nl.kringwerk.loans.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.amountCell;
import static nl.kringwerk.base.ui.PdfSheet.cell;
import static nl.kringwerk.base.ui.PdfSheet.table;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutView;

/**
 * The share-out on paper: the group's summary (in the language of whoever prints it), and one
 * statement per member to sign for receipt, in the group's language(s).
 */
final class ShareOutForms {

    private final PdfSheet.Texts texts;
    private final Locale locale;
    private final PdfSheet.Texts members;
    private final Locale membersLocale;

    /** Forms for a group that reads the language of whoever prints them. */
    ShareOutForms(PdfSheet.Texts texts, Locale locale) {
        this(texts, locale, new ScreenLanguages(MemberLanguage.of(locale), null));
    }

    /** @param members the group's languages, for the statement she signs */
    ShareOutForms(PdfSheet.Texts texts, Locale locale, ScreenLanguages members) {
        this.texts = texts;
        this.locale = locale;
        this.members = (key, args) -> MemberTexts.lines(members, key, args);
        this.membersLocale = members.first().locale();
    }

    byte[] summary(ShareOutView view) {
        return PdfSheet.pdf(PageSize.A4.rotate(), document -> {
            PdfSheet.header(
                    document,
                    texts.t("print.summary.title", view.cycleNumber()),
                    view.groupName(),
                    view.date(),
                    locale);
            document.add(new Paragraph(texts.t("shareout.rule." + view.basis().name()), BODY));
            document.add(new Paragraph(" "));
            PdfPTable table = table(
                    new float[] {4, 2, 2, 2, 2, 3},
                    texts.t("loans.col.member"),
                    texts.t("shareout.col.savings"),
                    texts.t("shareout.col.share"),
                    texts.t("shareout.col.loan"),
                    texts.t("shareout.col.payout"),
                    texts.t("print.statement.signed"));
            for (Pot pot : view.pots()) {
                table.addCell(cell(pot.name(), BODY, 26));
                table.addCell(amountCell(pot.savings()));
                table.addCell(amountCell(pot.share()));
                table.addCell(amountCell(pot.loanSettled()));
                table.addCell(amountCell(pot.payout(), HEAD));
                table.addCell(cell(pot.paid() ? texts.t("shareout.paid") : "", SMALL, 26));
            }
            table.addCell(cell(texts.t("print.summary.total"), HEAD, 0));
            table.addCell(amountCell(view.totalSavings(), HEAD));
            table.addCell(amountCell(view.totalShare(), HEAD));
            table.addCell(amountCell(view.totalSettled(), HEAD));
            table.addCell(amountCell(view.totalPayout(), HEAD));
            table.addCell(cell("", BODY, 0));
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(
                    texts.t(
                            "shareout.totals",
                            view.box().format(),
                            view.surplus().format(),
                            view.totalPayout().format(),
                            view.socialFund().format()),
                    BODY));
            if (view.fundDecision() != null) {
                document.add(new Paragraph(
                        texts.t(
                                "print.summary.fund",
                                view.socialFund().format(),
                                texts.t("fund-decision." + view.fundDecision().name())
                                        + (view.fundNote() == null ? "" : " (" + view.fundNote() + ")")),
                        BODY));
            }
        });
    }

    byte[] statement(ShareOutView view, Pot pot) {
        return PdfSheet.pdf(PageSize.A5, document -> {
            PdfSheet.header(
                    document,
                    members.t("paper.statement.title", view.cycleNumber()),
                    view.groupName(),
                    view.date(),
                    membersLocale);
            document.add(new Paragraph(pot.name(), BIG));
            document.add(new Paragraph(" "));
            PdfPTable table = table(new float[] {5, 3}, "", "");
            line(table, members.t("paper.statement.savings"), pot.savings());
            line(table, members.t("paper.statement.share"), pot.share());
            if (!pot.loanSettled().isZero()) {
                line(table, members.t("paper.statement.loan"), pot.loanSettled().negate());
            }
            table.addCell(cell(members.t("paper.statement.payout"), HEAD, 0));
            table.addCell(amountCell(pot.payout(), BIG));
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(members.t("paper.rule." + view.basis().name()), SMALL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(members.t("paper.statement.signed"), BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("______________________________", BODY));
        });
    }

    private static void line(PdfPTable table, String label, Money amount) {
        table.addCell(cell(label, BODY, 0));
        table.addCell(amountCell(amount));
    }
}
