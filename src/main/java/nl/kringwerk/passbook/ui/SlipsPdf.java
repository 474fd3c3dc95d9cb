package nl.kringwerk.passbook.ui;

import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.passbook.service.Slip;

/**
 * An A4 of receipts to cut, two across: per member who was there her name, what she saved today, her
 * total, what she still owes on a loan, the next session, and a QR code to the passbook page (where she
 * types the code of her own card: one QR code for everyone opens nobody's passbook).
 */
final class SlipsPdf {

    /** Half an A4 less its margins, less a slip's padding. */
    private static final float SLIP_WIDTH = (595 - 72) / 2f - 20;

    private SlipsPdf() {}

    static byte[] slips(List<Slip> slips, String pageUrl, Locale locale, PdfSheet.Texts t) {
        byte[] qr = QrCodes.png(pageUrl, 200);
        return PdfSheet.pdf(PageSize.A4, sheet -> {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (Slip slip : slips) {
                table.addCell(slip(slip, qr, pageUrl, locale, t));
            }
            if (slips.size() % 2 == 1) {
                PdfPCell empty = new PdfPCell();
                empty.setBorder(PdfPCell.NO_BORDER);
                table.addCell(empty);
            }
            sheet.element(table);
        });
    }

    private static PdfPCell slip(Slip slip, byte[] qr, String pageUrl, Locale locale, PdfSheet.Texts t) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(10);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(Color.GRAY);
        add(cell, t.t("receipt.slip.title", slip.date().format(day)), PdfSheet.SMALL);
        add(cell, slip.memberName(), PdfSheet.BIG);
        add(cell, slip.groupName(), PdfSheet.SMALL);
        PdfPTable figures = new PdfPTable(new float[] {3, 2});
        figures.setWidthPercentage(100);
        figures.setSpacingBefore(4);
        row(figures, t.t("receipt.saved-today"), slip.savedToday().format());
        row(figures, t.t("receipt.total"), slip.total().format());
        row(figures, t.t("receipt.loan"), slip.loanOwed().format());
        cell.addElement(figures);
        add(
                cell,
                slip.nextSession() == null
                        ? t.t("receipt.slip.no-next")
                        : t.t("receipt.slip.next", slip.nextSession().format(day)),
                PdfSheet.BODY);
        PdfPTable foot = new PdfPTable(new float[] {1, 3});
        foot.setWidthPercentage(100);
        foot.setSpacingBefore(6);
        Image image = CardPdf.image(qr);
        image.scaleToFit(48, 48);
        PdfPCell qrCell = new PdfPCell(image, false);
        qrCell.setBorder(PdfPCell.NO_BORDER);
        foot.addCell(qrCell);
        PdfPCell how = PdfSheet.cell(t.t("receipt.slip.how", pageUrl), PdfSheet.SMALL, SLIP_WIDTH * 3 / 4);
        how.setBorder(PdfPCell.NO_BORDER);
        foot.addCell(how);
        cell.addElement(foot);
        return cell;
    }

    private static void row(PdfPTable table, String label, String amount) {
        PdfPCell l = PdfSheet.cell(label, PdfSheet.BODY, SLIP_WIDTH * 3 / 5);
        l.setBorder(PdfPCell.NO_BORDER);
        l.setPadding(1);
        PdfPCell a = PdfSheet.cell(amount, PdfSheet.HEAD, SLIP_WIDTH * 2 / 5);
        a.setBorder(PdfPCell.NO_BORDER);
        a.setPadding(1);
        a.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
        table.addCell(l);
        table.addCell(a);
    }

    private static void add(PdfPCell cell, String text, PdfSheet.Style style) {
        PdfSheet.lines(text, style, SLIP_WIDTH).forEach(cell::addElement);
    }
}
