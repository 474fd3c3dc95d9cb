package nl.kringwerk.base.ui;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One text of a form as OpenPDF chunks, in the order the eye reads them. The Unicode bidi algorithm
 * (UAX #9, as {@link java.text.Bidi} implements it) gives every run its direction; Arabic runs are laid
 * out right to left and shaped (see {@link PdfFonts}).
 *
 * <p>Text that is left to right throughout is handed to OpenPDF as it is, and OpenPDF fills the lines.
 * Text with a right-to-left part is broken into lines here first, because the bidi algorithm orders
 * each line on its own: the first words of an Arabic sentence belong on the first line, at its right.
 * Those lines are measured as they are printed (shaped), and each tells how much wider OpenPDF will
 * think it is (OpenPDF adds up the widths of the letters on their own, and joined Arabic letters are
 * narrower), so a right-aligned line can end exactly at the margin.
 */
final class BidiText {

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069]");
    private static final Pattern NEWLINES = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private BidiText() {}

    /**
     * A line as OpenPDF gets it, or a whole left-to-right paragraph that OpenPDF breaks into lines itself.
     *
     * @param overhang how much wider than printed OpenPDF takes the line to be, in points
     */
    record Line(Phrase phrase, float overhang) {}

    /**
     * @param leading     line height as a multiple of the font size
     * @param width       the width the text may fill, in points
     * @param rightToLeft the form reads right to left: a text without letters of its own direction is
     *                    right to left (an Arabic form), as HTML's {@code dir="auto"} inside {@code dir="rtl"}
     */
    static List<Line> lines(String text, PdfSheet.Style style, float leading, float width, boolean rightToLeft) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : NEWLINES.split(text, -1)) {
            paragraph(lines, paragraph, style, style.size() * leading, width, rightToLeft);
        }
        return lines;
    }

    private static void paragraph(
            List<Line> lines, String text, PdfSheet.Style style, float leading, float width, boolean rtl) {
        Bidi bidi = new Bidi(text, rtl ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (visible(text).isBlank() || bidi.isLeftToRight()) {
            Phrase phrase = new Phrase(leading);
            add(phrase, text.isEmpty() ? " " : text, 0, Math.max(1, text.length()), style, false);
            lines.add(new Line(phrase, 0));
            return;
        }
        int lineStart = 0;
        for (int lineEnd : lineEnds(text, bidi, style, width)) {
            int visibleEnd = withoutTrailingSpace(text, lineStart, lineEnd);
            Phrase phrase = new Phrase(leading);
            float overhang = line(phrase, text, lineStart, bidi.createLineBidi(lineStart, visibleEnd), style);
            lines.add(new Line(phrase, overhang));
            lineStart = lineEnd;
        }
    }

    /** The runs of one line from left to right; a right-to-left run's fonts from right to left. */
    private static float line(Phrase phrase, String text, int offset, Bidi line, PdfSheet.Style style) {
        int count = line.getRunCount();
        byte[] levels = new byte[count];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) line.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, count);
        float overhang = 0;
        for (int run : order) {
            overhang += add(
                    phrase,
                    text,
                    offset + line.getRunStart(run),
                    offset + line.getRunLimit(run),
                    style,
                    (line.getRunLevel(run) & 1) == 1);
        }
        return overhang;
    }

    /** Adds one bidi run; returns how much wider OpenPDF takes it to be than it is printed. */
    private static float add(Phrase phrase, String text, int start, int end, PdfSheet.Style style, boolean rtl) {
        List<PdfFonts.Run> runs = PdfFonts.runs(text, start, end, style.bold(), rtl);
        if (rtl) {
            runs = new ArrayList<>(runs);
            Collections.reverse(runs);
        }
        float overhang = 0;
        for (PdfFonts.Run run : runs) {
            Font font = PdfFonts.font(run.font(), style.size());
            String part = visible(text.substring(run.start(), run.end()));
            if (part.isEmpty()) {
                continue;
            }
            overhang += run.font().getWidthPoint(part, style.size()) - PdfFonts.advance(run.font(), style.size(), part);
            int first = spaces(part, true);
            int last = part.length() - spaces(part, false);
            if (!rtl || first >= last) {
                phrase.add(new Chunk(part, font));
                continue;
            }
            // Right to left, a run's last space is seen at its left: hand OpenPDF the spaces where they
            // are seen, else it takes a space inside the line for one at its end and drops it.
            if (last < part.length()) {
                phrase.add(new Chunk(part.substring(last), font));
            }
            phrase.add(new Chunk(part.substring(first, last), font));
            if (first > 0) {
                phrase.add(new Chunk(part.substring(0, first), font));
            }
        }
        return overhang;
    }

    /**
     * The text without the invisible marks that only steer the bidi algorithm (LRM, RLM, embeddings,
     * isolates such as {@link PdfSheet#isolate}): they have done their work once the runs are ordered.
     */
    static String visible(String text) {
        return BIDI_CONTROLS.matcher(text).replaceAll("");
    }

    /** How many whitespace characters the text starts (or ends) with. */
    private static int spaces(String text, boolean atStart) {
        int n = 0;
        while (n < text.length() && Character.isWhitespace(text.charAt(atStart ? n : text.length() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** Where each line ends: after the last word that still fits, or inside a word longer than a line. */
    static List<Integer> lineEnds(String text, Bidi bidi, PdfSheet.Style style, float width) {
        List<Integer> ends = new ArrayList<>();
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        words.setText(text);
        int start = 0;
        while (start < text.length()) {
            int end = -1;
            for (int b = words.following(start); b != BreakIterator.DONE; b = words.next()) {
                if (fits(text, bidi, start, b, style, width)) {
                    end = b;
                } else {
                    break;
                }
            }
            if (end == -1) {
                end = longestFittingPart(text, bidi, start, style, width);
            }
            ends.add(end);
            start = end;
        }
        return ends;
    }

    /** A word wider than the line: as many letters as fit (at least one), never splitting a letter. */
    private static int longestFittingPart(String text, Bidi bidi, int start, PdfSheet.Style style, float width) {
        BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
        letters.setText(text);
        int end = letters.following(start);
        for (int b = letters.next(); b != BreakIterator.DONE; b = letters.next()) {
            if (!fits(text, bidi, start, b, style, width)) {
                break;
            }
            end = b;
        }
        return end;
    }

    private static boolean fits(String text, Bidi bidi, int start, int end, PdfSheet.Style style, float width) {
        return printedWidth(text, bidi, start, withoutTrailingSpace(text, start, end), style) <= width;
    }

    /** The width of {@code text[start, end)} as printed: each run shaped in its own direction. */
    private static float printedWidth(String text, Bidi bidi, int start, int end, PdfSheet.Style style) {
        float width = 0;
        int runStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || bidi.getLevelAt(i) != bidi.getLevelAt(runStart)) {
                boolean rtl = (bidi.getLevelAt(runStart) & 1) == 1;
                for (PdfFonts.Run run : PdfFonts.runs(text, runStart, i, style.bold(), rtl)) {
                    width +=
                            PdfFonts.advance(run.font(), style.size(), visible(text.substring(run.start(), run.end())));
                }
                runStart = i;
            }
        }
        return width;
    }

    private static int withoutTrailingSpace(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.codePointBefore(e))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        return e;
    }
}
