package nl.kringwerk.base.ui;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/** The building blocks of Kringwerk's printable forms (OpenPDF): one look for every paper. */
public final class PdfSheet {

    /** Translates a key with arguments, like Component.getTranslation. */
    public interface Texts extends BiFunction<String, Object[], String> {
        default String t(String key, Object... args) {
            return apply(key, args);
        }
    }

    /** Writes the content of one document. */
    public interface Body {
        void write(Document document) throws Exception;
    }

    public static final Font TITLE = font(18, Font.BOLD);
    public static final Font HEAD = font(11, Font.BOLD);
    public static final Font BODY = font(11, Font.NORMAL);
    public static final Font BIG = font(16, Font.BOLD);
    public static final Font SMALL = font(9, Font.NORMAL);

    private PdfSheet() {}

    public static void header(
            Document document, String title, String groupName, @Nullable LocalDate date, Locale locale) {
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(groupName + (date == null ? "" : " · " + shortDate(date, locale)), BODY));
        document.add(new Paragraph(" "));
    }

    public static String shortDate(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    public static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            table.addCell(cell(h, HEAD, 0));
        }
        return table;
    }

    public static PdfPCell cell(String text, Font font, float minHeight) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        if (minHeight > 0) {
            cell.setMinimumHeight(minHeight);
        }
        return cell;
    }

    public static PdfPCell amountCell(Money money) {
        return amountCell(money, BODY);
    }

    public static PdfPCell amountCell(Money money, Font font) {
        PdfPCell cell = cell(money.format(), font, 0);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    public static byte[] pdf(Rectangle size, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(size, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            body.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the form", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
