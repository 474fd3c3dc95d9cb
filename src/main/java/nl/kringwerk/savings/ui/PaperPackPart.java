package nl.kringwerk.savings.ui;

import java.util.Locale;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.savings.service.EveningPaper;

/**
 * Pages that another feature adds to the evening's paper pack (the loans' repayment form), so that
 * savings never depends on the features built on top of it. Each part starts on a page of its own.
 */
public interface PaperPackPart {

    /**
     * Writes the part's pages for the evening. Called while the pack is made, for a user who passed
     * the group's gate already; the part reads its own data through its own gated service.
     */
    void write(PdfSheet sheet, EveningPaper evening, PdfSheet.Texts texts, Locale locale);
}
