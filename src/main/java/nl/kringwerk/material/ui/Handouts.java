package nl.kringwerk.material.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.TITLE;
import static nl.kringwerk.base.ui.PdfSheet.cell;
import static nl.kringwerk.base.ui.PdfSheet.pdf;
import static nl.kringwerk.base.ui.PdfSheet.table;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.material.service.MaterialPiece;

/**
 * The two printed handouts of a piece, each one page: the facilitator's (everything, with minutes
 * and her note) and the participants' (what we do and the questions, in larger type, no note).
 */
final class Handouts {

    private final PdfSheet.Texts texts;
    private final boolean english;

    Handouts(PdfSheet.Texts texts, Locale locale) {
        this.texts = texts;
        this.english = Translations.isEnglish(locale);
    }

    byte[] facilitator(MaterialPiece piece) {
        MaterialPiece.Content text = piece.content(english);
        return pdf(PageSize.A4, document -> {
            document.add(new Paragraph(text.title(), TITLE));
            document.add(new Paragraph(
                    texts.t("material.for." + piece.forType().name()) + " · "
                            + texts.t("material.minutes", piece.minutes()) + " · " + String.join(", ", piece.tags()),
                    SMALL));
            section(document, texts.t("material.goal"), text.goal());
            if (text.bring() != null) {
                section(document, texts.t("material.bring"), text.bring());
            }
            document.add(new Paragraph(texts.t("material.steps"), HEAD));
            PdfPTable steps = table(new float[] {1.2f, 8}, texts.t("material.minutes-head"), texts.t("material.step"));
            for (MaterialPiece.Step step : text.steps()) {
                steps.addCell(cell(String.valueOf(step.minutes()), BODY, 20));
                steps.addCell(cell(step.text(), BODY, 20));
            }
            document.add(steps);
            document.add(new Paragraph(texts.t("material.questions"), HEAD));
            document.add(list(text, BODY));
            if (text.note() != null) {
                section(document, texts.t("material.note"), text.note());
            }
        });
    }

    byte[] participants(MaterialPiece piece) {
        MaterialPiece.Content text = piece.content(english);
        return pdf(PageSize.A4, document -> {
            document.add(new Paragraph(text.title(), TITLE));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(text.goal(), BIG));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.t("material.participants.what-we-do"), HEAD));
            List steps = new List(List.ORDERED);
            text.steps().forEach(s -> steps.add(new ListItem(s.text(), BIG)));
            document.add(steps);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.t("material.questions"), HEAD));
            document.add(list(text, BIG));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.t("material.participants.footer"), SMALL));
        });
    }

    private static void section(Document document, String head, String body) {
        document.add(new Paragraph(head, HEAD));
        document.add(new Paragraph(body, BODY));
        document.add(new Paragraph(" ", SMALL));
    }

    private static List list(MaterialPiece.Content text, Font font) {
        List list = new List(List.UNORDERED);
        list.setListSymbol("•  ");
        text.questions().forEach(q -> list.add(new ListItem(q, font)));
        return list;
    }
}
