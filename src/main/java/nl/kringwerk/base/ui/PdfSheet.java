package nl.kringwerk.base.ui;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.ComponentOrientation;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of Kringwerk's printable forms (OpenPDF): one look for every paper, and every
 * name printed as it was typed, in any script the people at the table write (see {@link PdfFonts} for
 * the fonts and the shaping, {@link BidiText} for right-to-left text). A form writes titles, paragraphs,
 * lists and tables through a sheet; the sheet knows how wide each one is, so right-to-left lines can be
 * broken before they are ordered.
 */
public final class PdfSheet {

    /** Translates a key with arguments, like Component.getTranslation. */
    public interface Texts extends BiFunction<String, Object[], String> {
        default String t(String key, Object... args) {
            return apply(key, args);
        }
    }

    /** Writes the content of one document. */
    public interface Body {
        void write(PdfSheet sheet) throws DocumentException;
    }

    /** A size and weight of type. */
    public record Style(float size, boolean bold) {}

    public static final Style TITLE = new Style(18, true);
    public static final Style HEAD = new Style(11, true);
    public static final Style BODY = new Style(11, false);
    public static final Style BIG = new Style(16, true);
    public static final Style SMALL = new Style(9, false);

    private static final float MARGIN = 36;
    /** Room above the bottom margin for a foot line. */
    private static final float FOOTER = 14;

    private static final float CELL_PADDING = 5;
    /** Line height as a multiple of the font size: airy between paragraphs, closer inside a table. */
    private static final float PARAGRAPH_LEADING = 1.5f;

    private static final float CELL_LEADING = 1.2f;
    /** Room for rounding between our measure of a line and OpenPDF's. */
    private static final float SLACK = 1;

    private final Document document;
    private final float width;
    private final boolean rightToLeft;

    private PdfSheet(Document document, float width, boolean rightToLeft) {
        this.document = document;
        this.width = width;
        this.rightToLeft = rightToLeft;
    }

    /** A form that reads left to right. */
    public static byte[] pdf(Rectangle size, Body body) {
        return pdf(size, Locale.ROOT, body);
    }

    /** A form in the language of {@code locale}: right to left for Arabic, left to right otherwise. */
    public static byte[] pdf(Rectangle size, Locale locale, Body body) {
        return pdf(size, locale, null, body);
    }

    /**
     * A report of several pages with a line at the foot of each page (what it is, the page number), so
     * a page that is printed or attached on its own still says where it belongs.
     *
     * @param footer the foot line of page n (from 1)
     */
    public static byte[] pdf(Rectangle size, Locale locale, @Nullable IntFunction<String> footer, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(size, MARGIN, MARGIN, MARGIN, MARGIN + (footer == null ? 0 : FOOTER));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (footer != null) {
            boolean rtl = !ComponentOrientation.getOrientation(locale).isLeftToRight();
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    List<BidiText.Line> lines = BidiText.lines(
                            footer.apply(w.getPageNumber()), SMALL, CELL_LEADING, size.getWidth() - 2 * MARGIN, rtl);
                    ColumnText.showTextAligned(
                            w.getDirectContent(),
                            rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                            lines.get(0).phrase(),
                            rtl ? size.getWidth() - MARGIN : MARGIN,
                            MARGIN,
                            0);
                }
            });
        }
        document.open();
        try {
            body.write(new PdfSheet(
                    document,
                    size.getWidth() - 2 * MARGIN,
                    !ComponentOrientation.getOrientation(locale).isLeftToRight()));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the form", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /**
     * A name or other typed text inside a sentence, kept in its own direction (a Unicode first-strong
     * isolate, as HTML's {@code <bdi>}): an Arabic group name then never pulls the date after it, or
     * the Latin words around it, into its right-to-left run. The marks themselves are not printed.
     */
    public static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }

    public static String shortDate(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** The title of a form, the group and (when it is about one session) the date. */
    public void header(String title, String groupName, @Nullable LocalDate date, Locale locale) {
        paragraph(title, TITLE);
        paragraph(isolate(groupName) + (date == null ? "" : " · " + shortDate(date, locale)), BODY);
        space();
    }

    public void paragraph(String text, Style style) {
        for (Paragraph line :
                paragraphs(BidiText.lines(text, style, PARAGRAPH_LEADING, width - SLACK, rightToLeft), rightToLeft)) {
            add(line);
        }
    }

    /**
     * Lines as paragraphs. A line that OpenPDF takes to be wider than it is printed gets that much room
     * beyond the right margin: aligned right, it then ends at the margin; aligned left, nothing moves.
     */
    private static List<Paragraph> paragraphs(List<BidiText.Line> lines, boolean alignRight) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (BidiText.Line line : lines) {
            Paragraph paragraph = new Paragraph(line.phrase());
            paragraph.setAlignment(alignRight ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            paragraph.setIndentationRight(-line.overhang());
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    /**
     * For forms with a layout of their own (a card, slips to cut): the text as lines in the embedded
     * fonts, broken to fit {@code width} points, to put in a cell of their own.
     */
    public static List<Paragraph> lines(String text, Style style, float width) {
        return paragraphs(BidiText.lines(text, style, CELL_LEADING, width - SLACK, false), false);
    }

    /** A cell without borders holding {@link #lines}. */
    public static PdfPCell cell(String text, Style style, float width) {
        PdfPCell cell = new PdfPCell();
        lines(text, style, width).forEach(cell::addElement);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    /** For forms with a layout of their own: any element (a table with an image, say). */
    public void element(Element element) {
        add(element);
    }

    /** What follows starts on a new page (a pack of forms in one document). */
    public void newPage() {
        document.newPage();
    }

    /** An empty line. */
    public void space() {
        paragraph(" ", BODY);
    }

    /** Items one under the other, each with its number (1., 2., ...) or a bullet before it. */
    public void list(List<String> items, boolean numbered, Style style) {
        Table list = new Table(new float[] {1, 13}, false, 2);
        for (int i = 0; i < items.size(); i++) {
            list.text(numbered ? (i + 1) + "." : "•", style);
            list.text(items.get(i), style);
        }
        add(list);
    }

    /** A table as wide as the page with a header row (repeated on every page). */
    /** A table whose first row (repeated on every page) holds the headers; no headers, no such row. */
    public Table table(float[] widths, String... headers) {
        Table table = new Table(widths, true, CELL_PADDING);
        if (Arrays.stream(headers).allMatch(String::isBlank)) {
            return table;
        }
        table.table.setHeaderRows(1);
        for (String header : headers) {
            table.text(header, HEAD);
        }
        return table;
    }

    public void add(Table table) {
        add(table.table);
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the form", e);
        }
    }

    /** A table filled row by row, cell by cell; on a right-to-left form its first column is at the right. */
    public final class Table {

        private final PdfPTable table;
        private final float[] cellWidths;
        private final boolean borders;
        private final float padding;
        private final List<PdfPCell> row = new ArrayList<>();

        private Table(float[] widths, boolean borders, float padding) {
            this.borders = borders;
            this.padding = padding;
            float[] columns = widths.clone();
            if (rightToLeft) {
                reverse(columns);
            }
            table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            cellWidths = new float[widths.length];
            for (int i = 0; i < widths.length; i++) {
                cellWidths[i] = width * widths[i] / total - 2 * padding - SLACK;
            }
        }

        public Table text(String text, Style style) {
            return text(text, style, 0);
        }

        /** The rows made so far, a header row included. */
        int rows() {
            return table.getRows().size();
        }

        /** @param minHeight room to write or sign in, in points (0: as high as the text) */
        public Table text(String text, Style style, float minHeight) {
            return cell(
                    BidiText.lines(text, style, CELL_LEADING, cellWidths[row.size()], rightToLeft),
                    minHeight,
                    rightToLeft);
        }

        /** A cell with a title in bold and a short explanation in small type under it. */
        public Table titled(String title, String explanation) {
            List<BidiText.Line> lines =
                    new ArrayList<>(BidiText.lines(title, HEAD, CELL_LEADING, cellWidths[row.size()], rightToLeft));
            lines.addAll(BidiText.lines(explanation, SMALL, CELL_LEADING, cellWidths[row.size()], rightToLeft));
            return cell(lines, 0, rightToLeft);
        }

        /** A figure at the end of its cell, so the figures of a column line up (as {@link #amount}). */
        public Table figure(String text, Style style) {
            return cell(BidiText.lines(text, style, CELL_LEADING, cellWidths[row.size()], false), 0, !rightToLeft);
        }

        public Table amount(Money money) {
            return amount(money, BODY);
        }

        /**
         * An amount as Money writes it ("€ 12,50", also on a right-to-left form), at the end of its cell
         * so the amounts of a column line up.
         */
        public Table amount(Money money, Style style) {
            return cell(
                    BidiText.lines(money.format(), style, CELL_LEADING, cellWidths[row.size()], false),
                    0,
                    !rightToLeft);
        }

        private Table cell(List<BidiText.Line> lines, float minHeight, boolean alignRight) {
            PdfPCell cell = new PdfPCell();
            paragraphs(lines, alignRight).forEach(cell::addElement);
            cell.setPadding(padding);
            if (!borders) {
                cell.setBorder(Rectangle.NO_BORDER);
            }
            if (minHeight > 0) {
                cell.setMinimumHeight(minHeight);
            }
            row.add(cell);
            if (row.size() == cellWidths.length) {
                if (rightToLeft) {
                    Collections.reverse(row);
                }
                row.forEach(table::addCell);
                row.clear();
            }
            return this;
        }
    }

    private static void reverse(float[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            float v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }
}
