package nl.kringwerk.loans.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;

import com.lowagie.text.PageSize;
import java.util.Locale;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.loans.service.Pot;
import nl.kringwerk.loans.service.ShareOutView;

/** The share-out on paper: the group's summary, and one statement per member to sign for receipt. */
final class ShareOutForms {

    private final PdfSheet.Texts texts;
    private final Locale locale;

    ShareOutForms(PdfSheet.Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    byte[] summary(ShareOutView view) {
        return PdfSheet.pdf(PageSize.A4.rotate(), locale, sheet -> {
            sheet.header(texts.t("print.summary.title", view.cycleNumber()), view.groupName(), view.date(), locale);
            sheet.paragraph(texts.t("shareout.rule." + view.basis().name()), BODY);
            sheet.space();
            PdfSheet.Table table = sheet.table(
                    new float[] {4, 2, 2, 2, 2, 3},
                    texts.t("loans.col.member"),
                    texts.t("shareout.col.savings"),
                    texts.t("shareout.col.share"),
                    texts.t("shareout.col.loan"),
                    texts.t("shareout.col.payout"),
                    texts.t("print.statement.signed"));
            for (Pot pot : view.pots()) {
                table.text(pot.name(), BODY, 26)
                        .amount(pot.savings())
                        .amount(pot.share())
                        .amount(pot.loanSettled())
                        .amount(pot.payout(), HEAD)
                        .text(pot.paid() ? texts.t("shareout.paid") : "", SMALL, 26);
            }
            table.text(texts.t("print.summary.total"), HEAD)
                    .amount(view.totalSavings(), HEAD)
                    .amount(view.totalShare(), HEAD)
                    .amount(view.totalSettled(), HEAD)
                    .amount(view.totalPayout(), HEAD)
                    .text("", BODY);
            sheet.add(table);
            sheet.space();
            sheet.paragraph(
                    texts.t(
                            "shareout.totals",
                            view.box().format(),
                            view.surplus().format(),
                            view.totalPayout().format(),
                            view.socialFund().format()),
                    BODY);
            if (view.fundDecision() != null) {
                sheet.paragraph(
                        texts.t(
                                "print.summary.fund",
                                view.socialFund().format(),
                                texts.t("fund-decision." + view.fundDecision().name())
                                        + (view.fundNote() == null
                                                ? ""
                                                : " (" + PdfSheet.isolate(view.fundNote()) + ")")),
                        BODY);
            }
        });
    }

    byte[] statement(ShareOutView view, Pot pot) {
        return PdfSheet.pdf(PageSize.A5, locale, sheet -> {
            sheet.header(texts.t("print.statement.title", view.cycleNumber()), view.groupName(), view.date(), locale);
            sheet.paragraph(pot.name(), BIG);
            sheet.space();
            PdfSheet.Table table = sheet.table(new float[] {5, 3}, "", "");
            line(table, texts.t("print.statement.savings"), pot.savings());
            line(table, texts.t("print.statement.share"), pot.share());
            if (!pot.loanSettled().isZero()) {
                line(table, texts.t("print.statement.loan"), pot.loanSettled().negate());
            }
            table.text(texts.t("print.statement.payout"), HEAD).amount(pot.payout(), BIG);
            sheet.add(table);
            sheet.space();
            sheet.paragraph(texts.t("shareout.rule." + view.basis().name()), SMALL);
            sheet.space();
            sheet.paragraph(texts.t("print.statement.signed") + ": ______________________", BODY);
        });
    }

    private static void line(PdfSheet.Table table, String label, Money amount) {
        table.text(label, BODY).amount(amount);
    }
}
