package nl.kringwerk.material.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.TITLE;
import static nl.kringwerk.base.ui.PdfSheet.pdf;

import com.lowagie.text.PageSize;
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
        return pdf(PageSize.A4, sheet -> {
            sheet.paragraph(text.title(), TITLE);
            sheet.paragraph(
                    texts.t("material.for." + piece.forType().name()) + " · "
                            + texts.t("material.minutes", piece.minutes()) + " · " + String.join(", ", piece.tags()),
                    SMALL);
            section(sheet, texts.t("material.goal"), text.goal());
            if (text.bring() != null) {
                section(sheet, texts.t("material.bring"), text.bring());
            }
            sheet.paragraph(texts.t("material.steps"), HEAD);
            PdfSheet.Table steps =
                    sheet.table(new float[] {1.2f, 8}, texts.t("material.minutes-head"), texts.t("material.step"));
            for (MaterialPiece.Step step : text.steps()) {
                steps.text(String.valueOf(step.minutes()), BODY, 20).text(step.text(), BODY, 20);
            }
            sheet.add(steps);
            sheet.paragraph(texts.t("material.questions"), HEAD);
            sheet.list(text.questions(), false, BODY);
            if (text.note() != null) {
                section(sheet, texts.t("material.note"), text.note());
            }
        });
    }

    byte[] participants(MaterialPiece piece) {
        MaterialPiece.Content text = piece.content(english);
        return pdf(PageSize.A4, sheet -> {
            sheet.paragraph(text.title(), TITLE);
            sheet.space();
            sheet.paragraph(text.goal(), BIG);
            sheet.space();
            sheet.paragraph(texts.t("material.participants.what-we-do"), HEAD);
            sheet.list(text.steps().stream().map(MaterialPiece.Step::text).toList(), true, BIG);
            sheet.space();
            sheet.paragraph(texts.t("material.questions"), HEAD);
            sheet.list(text.questions(), false, BIG);
            sheet.space();
            sheet.paragraph(texts.t("material.participants.footer"), SMALL);
        });
    }

    private static void section(PdfSheet sheet, String head, String body) {
        sheet.paragraph(head, HEAD);
        sheet.paragraph(body, BODY);
        sheet.paragraph(" ", SMALL);
    }
}
