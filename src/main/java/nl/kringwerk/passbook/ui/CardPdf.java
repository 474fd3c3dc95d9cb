package nl.kringwerk.passbook.ui;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.passbook.service.MemberCodes;

/** Her passbook card for the paper folder: QR code, the code to type, where to type it. */
final class CardPdf {

    /** The text column of the card (3/5 of 330 points), less its padding. */
    private static final float TEXT_WIDTH = 330f * 3 / 5 - 16;

    private CardPdf() {}

    static byte[] card(MemberCodes.IssuedCode issued, String pageUrl, PdfSheet.Texts t) {
        return PdfSheet.pdf(PageSize.A4, sheet -> {
            PdfPTable card = new PdfPTable(new float[] {2, 3});
            card.setTotalWidth(330);
            card.setLockedWidth(true);
            card.setHorizontalAlignment(Element.ALIGN_LEFT);
            Image qr = image(QrCodes.png(PassbookLinks.withCode(issued.code()), 300));
            qr.scaleToFit(120, 120);
            PdfPCell qrCell = new PdfPCell(qr, false);
            qrCell.setPadding(8);
            qrCell.setBorder(PdfPCell.LEFT | PdfPCell.TOP | PdfPCell.BOTTOM);
            card.addCell(qrCell);
            PdfPCell text = new PdfPCell();
            text.setPadding(8);
            text.setBorder(PdfPCell.RIGHT | PdfPCell.TOP | PdfPCell.BOTTOM);
            add(text, t.t("passbook.card.title"), PdfSheet.HEAD);
            add(text, issued.groupName(), PdfSheet.SMALL);
            add(text, " ", PdfSheet.SMALL);
            add(text, t.t("passbook.card.code"), PdfSheet.SMALL);
            add(text, issued.code(), PdfSheet.BIG);
            add(text, " ", PdfSheet.SMALL);
            add(text, t.t("passbook.card.how", pageUrl), PdfSheet.SMALL);
            if (issued.withPin()) {
                add(text, t.t("passbook.card.pin"), PdfSheet.SMALL);
            }
            card.addCell(text);
            sheet.element(card);
            sheet.space();
            sheet.paragraph(t.t("passbook.card.cut", PdfSheet.isolate(issued.memberName())), PdfSheet.SMALL);
        });
    }

    static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(PdfPCell cell, String text, PdfSheet.Style style) {
        PdfSheet.lines(text, style, TEXT_WIDTH).forEach(cell::addElement);
    }
}
