package nl.kringwerk.loans.ui;

import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.service.EveningPaper;
import nl.kringwerk.savings.ui.PaperPackPart;

/**
 * The loan repayment form of the evening's paper pack: every loan that is out, what is still open
 * and what should be paid tonight; and the approved loans still to pay out.
 */
@SpringComponent
class LoansPaperPart implements PaperPackPart {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final LoanService loans;

    LoansPaperPart(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void write(PdfSheet sheet, EveningPaper evening, PdfSheet.Texts texts, Locale locale) {
        var state = evening.meeting();
        List<LoanLine> all = loans.loans(state.groupId());
        List<LoanLine> out = all.stream().filter(l -> l.status().isOut()).toList();
        List<LoanLine> toPayOut =
                all.stream().filter(l -> l.status() == LoanStatus.APPROVED).toList();
        sheet.header(texts.t("pack.loans.title"), state.groupName(), state.date(), locale);
        if (out.isEmpty()) {
            sheet.paragraph(texts.t("pack.loans.none"), BODY);
        } else {
            sheet.paragraph(texts.t("pack.loans.help"), SMALL);
            sheet.space();
            PdfSheet.Table table = sheet.table(
                    new float[] {4, 4, 3, 4, 3, 3},
                    texts.t("pack.loans.borrower"),
                    texts.t("pack.loans.loan"),
                    texts.t("pack.loans.owed"),
                    texts.t("pack.loans.due"),
                    texts.t("pack.loans.paid"),
                    texts.t("pack.savings.initials"));
            Money owed = Money.ZERO;
            Money due = Money.ZERO;
            for (LoanLine loan : out) {
                LoanAccount account = loan.account();
                owed = owed.plus(account.owed());
                due = due.plus(account.dueByNext());
                table.text(
                        loan.memberName() + "\n"
                                + texts.t("loan-status." + loan.status().name()),
                        BODY,
                        34);
                table.text(loanText(loan, texts), BODY);
                table.amount(account.owed());
                table.text(dueText(account, texts), BODY);
                table.text("", BODY);
                table.text("", BODY);
            }
            table.text(texts.t("book.total"), HEAD, 24);
            table.text("", BODY);
            table.amount(owed, HEAD);
            table.amount(due, HEAD);
            table.text("", BODY);
            table.text("", BODY);
            sheet.add(table);
        }
        if (!toPayOut.isEmpty()) {
            sheet.space();
            sheet.paragraph(texts.t("pack.loans.to-pay-out"), HEAD);
            PdfSheet.Table table = sheet.table(
                    new float[] {4, 3, 3},
                    texts.t("pack.loans.borrower"),
                    texts.t("pack.loans.loan"),
                    texts.t("pack.loans.received"));
            for (LoanLine loan : toPayOut) {
                table.text(loan.memberName(), BODY, 30);
                table.amount(loan.principal());
                table.text("", BODY);
            }
            sheet.add(table);
        }
    }

    /** The loan: how much, when it went out, when it must be paid back in full. */
    private static String loanText(LoanLine loan, PdfSheet.Texts texts) {
        LoanAccount account = loan.account();
        StringBuilder text = new StringBuilder(loan.principal().format());
        if (account.disbursedOn() != null) {
            text.append('\n').append(texts.t("pack.loans.out-on", SHORT.format(account.disbursedOn())));
        }
        if (!account.schedule().isEmpty()) {
            LocalDate last =
                    account.schedule().get(account.schedule().size() - 1).due();
            text.append('\n').append(texts.t("pack.loans.back-by", SHORT.format(last)));
        }
        return text.toString();
    }

    /** What is due tonight, with the arrears in it. */
    private static String dueText(LoanAccount account, PdfSheet.Texts texts) {
        StringBuilder text = new StringBuilder(account.dueByNext().format());
        if (account.overdue().isPositive()) {
            text.append('\n')
                    .append(texts.t(
                            "pack.loans.arrears", account.overdue().format().replace(' ', '\u00a0')));
        }
        return text.toString();
    }
}
