package nl.kringwerk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a generated PDF, page after page, for tests that read what was printed. Read with
 * PDFBox, not with the library that wrote it: PDFBox maps every glyph back to letters through the
 * font's ToUnicode map, puts right-to-left text in logical order (the order it was typed) and turns
 * Arabic presentation forms back into letters, so a printed name can be compared with the typed one.
 * The text is returned in Unicode NFC, the form names are stored in.
 *
 * <p>One Arabic habit is put back: the font draws a tanween (fathatan) that precedes an alef on top of
 * the alef, so a reader that attaches marks to the letter below them reads "اً" where "ًا" was typed.
 */
public final class PdfText {

    private PdfText() {}

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            return text.replace("\u0627\u064B", "\u064B\u0627");
        }
    }

    /**
     * What the eye sees, line by line from left to right: every glyph at its place on the page, with
     * no bidi reordering. A right-to-left word therefore appears reversed ({@link #reversed}); a wide
     * gap (between table cells) becomes one space. Tests of the layout read this, tests of the content
     * read {@link #of}.
     */
    public static List<String> seen(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                glyphs.add(glyph);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.getText(document);
        }
        Map<Integer, List<TextPosition>> lines = new TreeMap<>();
        for (TextPosition glyph : glyphs) {
            lines.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>())
                    .add(glyph);
        }
        List<String> seen = new ArrayList<>();
        for (List<TextPosition> line : lines.values()) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            float end = line.get(0).getXDirAdj();
            for (TextPosition glyph : line) {
                if (glyph.getXDirAdj() - end > glyph.getFontSizeInPt()) {
                    text.append(' ');
                }
                text.append(Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC));
                end = Math.max(end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            }
            String visible = text.toString().replaceAll("\\s+", " ").strip();
            if (!visible.isEmpty()) {
                seen.add(visible);
            }
        }
        return seen;
    }

    /** A word as it is seen on paper when it is written right to left. */
    public static String reversed(String word) {
        return new StringBuilder(word).reverse().toString();
    }

    /** Keeps a form in {@code target/printed/} to look at (pdftoppm -png -r 60 ...). */
    public static byte[] keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "printed");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".pdf"), pdf);
        return pdf;
    }

    /** Every font the pages use: its name and whether the PDF carries it (a printer has no Noto). */
    public static List<Font> fonts(byte[] pdf) throws IOException {
        List<Font> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(new Font(font.getName(), font.isEmbedded()));
                }
            }
        }
        return fonts;
    }

    /** A font of a page; a subset carries a six-letter tag before its name ("ABCDEF+NotoSans-Regular"). */
    public record Font(String name, boolean embedded) {
        public boolean subset() {
            return name.matches("[A-Z]{6}\\+.*");
        }
    }
}
