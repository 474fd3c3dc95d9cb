package nl.kringwerk.base.ui;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of the printed forms (Noto, SIL Open Font License, in {@code resources/fonts}) and which
 * of them prints each letter: Noto Sans for Latin with its Turkish, Polish and Vietnamese letters, and
 * Cyrillic; Noto Sans Arabic for Arabic; Noto Sans Ethiopic for Ge'ez. One line may need several
 * (a Latin and an Arabic name in one row), so a text is cut into runs of one font each.
 *
 * <p>The letters are shaped by Java's own text layout (OpenJDK's HarfBuzz), which OpenPDF's
 * {@link LayoutProcessor} calls for every run: Arabic letters join and take their form in the word,
 * lam and alef become one glyph, marks sit where the font puts them. The PDF carries only the glyphs
 * a form uses (a subset of each font).
 *
 * <p>Each font is loaded in two copies, one laid out left to right and one right to left, so that the
 * direction of a run is the one the Unicode bidi algorithm gave it, never a guess from its own letters
 * (digits inside Arabic text stay left to right; a bracket in Arabic text is mirrored).
 */
final class PdfFonts {

    /** The scripts that have a font of their own, in the order a letter looks for its font. */
    private static final List<String> FAMILIES = List.of("NotoSans", "NotoSansArabic", "NotoSansEthiopic");

    private static final Map<String, BaseFont> LOADED = new ConcurrentHashMap<>();

    static {
        // Once for the whole application, before the first font is loaded. Kerning on; ligatures are
        // left to each script's required ones (Arabic lam-alef), so Latin text never loses an "fi".
        LayoutProcessor.setKerning();
        LayoutProcessor.enable();
    }

    private PdfFonts() {}

    /** A run of text in one font, from {@code start} to {@code end} (exclusive) in the text. */
    record Run(int start, int end, BaseFont font) {}

    /** The font of every character of {@code text[start, end)}, as runs of one font. */
    static List<Run> runs(String text, int start, int end, boolean bold, boolean rightToLeft) {
        List<BaseFont> fonts = family(bold, rightToLeft);
        BaseFont[] chosen = new BaseFont[end - start];
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!isShared(c)) {
                chosen[i - start] = firstWith(fonts, c);
            }
        }
        // Spaces, punctuation, digits and marks go with the letters around them where that font has
        // them, so a word and its comma (and an Arabic word and its mark) stay in one shaped run.
        @Nullable BaseFont previous = null;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (chosen[i - start] == null) {
                BaseFont next = nextChosen(chosen, i - start);
                if (previous != null && (previous.charExists(c) || isMark(c))) {
                    chosen[i - start] = previous;
                } else if (next != null && next.charExists(c)) {
                    chosen[i - start] = next;
                } else {
                    BaseFont any = firstWith(fonts, c);
                    chosen[i - start] = any != null ? any : previous != null ? previous : fonts.get(0);
                }
            }
            previous = chosen[i - start];
        }
        List<Run> runs = new ArrayList<>();
        int runStart = start;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            if (chosen[i - start] != chosen[runStart - start]) {
                runs.add(new Run(runStart, i, chosen[runStart - start]));
                runStart = i;
            }
        }
        if (runStart < end) {
            runs.add(new Run(runStart, end, chosen[runStart - start]));
        }
        return runs;
    }

    /** The width of a run as it is printed: shaped, kerned, in the direction of its font copy. */
    static float advance(BaseFont font, float size, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        GlyphVector glyphs = LayoutProcessor.computeGlyphVector(font, size, text);
        return (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
    }

    static Font font(BaseFont baseFont, float size) {
        return new Font(baseFont, size);
    }

    private static List<BaseFont> family(boolean bold, boolean rightToLeft) {
        return FAMILIES.stream()
                .map(name -> load(name + (bold ? "-Bold" : "-Regular"), rightToLeft))
                .toList();
    }

    private static BaseFont load(String name, boolean rightToLeft) {
        return LOADED.computeIfAbsent(name + (rightToLeft ? "/rtl" : "/ltr"), key -> {
            String resource = "fonts/" + name + ".ttf";
            try (InputStream in = PdfFonts.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + resource);
                }
                BaseFont font = BaseFont.createFont(
                        resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, in.readAllBytes(), null);
                if (rightToLeft) {
                    LayoutProcessor.setRunDirectionRtl(new Font(font));
                } else {
                    LayoutProcessor.setRunDirectionLtr(new Font(font));
                }
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Font could not be read: " + resource, e);
            }
        });
    }

    private static @Nullable BaseFont firstWith(List<BaseFont> fonts, int c) {
        for (BaseFont font : fonts) {
            if (font.charExists(c)) {
                return font;
            }
        }
        return null;
    }

    private static @Nullable BaseFont nextChosen(BaseFont[] chosen, int from) {
        for (int i = from + 1; i < chosen.length; i++) {
            if (chosen[i] != null) {
                return chosen[i];
            }
        }
        return null;
    }

    /** Characters of no script of their own: spaces, punctuation, digits, combining marks. */
    private static boolean isShared(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
