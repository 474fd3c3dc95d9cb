package nl.kringwerk.passbook.ui;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.passbook.service.MemberCodes;

/** Her passbook card for the paper folder: QR code, the code to type, where to type it. */
final class CardPdf {

    private CardPdf() {}

    static byte[] card(MemberCodes.IssuedCode issued, String pageUrl, PdfSheet.Texts t) {
        return PdfSheet.pdf(PageSize.A4, document -> {
            PdfPTable card = new PdfPTable(new float[] {2, 3});
            card.setTotalWidth(330);
            card.setLockedWidth(true);
            card.setHorizontalAlignment(Element.ALIGN_LEFT);
            Image qr = Image.getInstance(QrCodes.png(PassbookLinks.withCode(issued.code()), 300));
            qr.scaleToFit(120, 120);
            PdfPCell qrCell = new PdfPCell(qr, false);
            qrCell.setPadding(8);
            qrCell.setBorder(PdfPCell.LEFT | PdfPCell.TOP | PdfPCell.BOTTOM);
            card.addCell(qrCell);
            PdfPCell text = new PdfPCell();
            text.setPadding(8);
            text.setBorder(PdfPCell.RIGHT | PdfPCell.TOP | PdfPCell.BOTTOM);
            text.addElement(new Paragraph(t.t("passbook.card.title"), PdfSheet.HEAD));
            text.addElement(new Paragraph(issued.groupName(), PdfSheet.SMALL));
            text.addElement(new Paragraph(" ", PdfSheet.SMALL));
            text.addElement(new Paragraph(t.t("passbook.card.code"), PdfSheet.SMALL));
            text.addElement(new Paragraph(issued.code(), PdfSheet.BIG));
            text.addElement(new Paragraph(" ", PdfSheet.SMALL));
            text.addElement(new Paragraph(t.t("passbook.card.how", pageUrl), PdfSheet.SMALL));
            if (issued.withPin()) {
                text.addElement(new Paragraph(t.t("passbook.card.pin"), PdfSheet.SMALL));
            }
            card.addCell(text);
            document.add(card);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(t.t("passbook.card.cut", issued.memberName()), PdfSheet.SMALL));
        });
    }
}
