package nl.kringwerk.loans.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;

import com.lowagie.text.PageSize;
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
        return PdfSheet.pdf(PageSize.A5, membersLocale, sheet -> {
            sheet.header(
                    members.t("paper.statement.title", view.cycleNumber()),
                    view.groupName(),
                    view.date(),
                    membersLocale);
            sheet.paragraph(pot.name(), BIG);
            sheet.space();
            PdfSheet.Table table = sheet.table(new float[] {5, 3});
            line(table, members.t("paper.statement.savings"), pot.savings());
            line(table, members.t("paper.statement.share"), pot.share());
            if (!pot.loanSettled().isZero()) {
                line(table, members.t("paper.statement.loan"), pot.loanSettled().negate());
            }
            table.text(members.t("paper.statement.payout"), HEAD).amount(pot.payout(), BIG);
            sheet.add(table);
            sheet.space();
            sheet.paragraph(members.t("paper.rule." + view.basis().name()), SMALL);
            sheet.space();
            sheet.paragraph(members.t("paper.statement.signed"), BODY);
            sheet.space();
            sheet.paragraph("______________________________", BODY);
        });
    }

    private static void line(PdfSheet.Table table, String label, Money amount) {
        table.text(label, BODY).amount(amount);
    }
}
