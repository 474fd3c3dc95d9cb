package nl.kringwerk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.PageSize;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.PdfText;
import nl.kringwerk.WorldNames;
import nl.kringwerk.base.domain.Money;
import org.junit.jupiter.api.Test;

/** Paper in every script: what is typed comes back from the printed page, in the order it was typed. */
class PdfSheetTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void aRowWithALatinAndAnArabicNameFindsAFontForEachInOneLine() throws IOException {
        String row = WorldNames.TURKISH + " en " + WorldNames.ARABIC + " en " + WorldNames.GEEZ;
        byte[] pdf = PdfSheet.pdf(PageSize.A4, sheet -> {
            sheet.paragraph(row, PdfSheet.BODY);
            sheet.add(sheet.table(new float[] {1, 1}, WorldNames.POLISH, WorldNames.UKRAINIAN)
                    .text(WorldNames.VIETNAMESE, PdfSheet.BODY)
                    .text(WorldNames.ARABIC_LIGATURES, PdfSheet.BODY));
        });
        assertThat(lines(pdf))
                .contains(row)
                .contains(WorldNames.POLISH + " " + WorldNames.UKRAINIAN)
                .anyMatch(line -> line.contains(WorldNames.VIETNAMESE) && line.contains(WorldNames.ARABIC_LIGATURES));
        assertThat(PdfText.fonts(pdf))
                .extracting(PdfText.Font::name)
                .anyMatch(name -> name.endsWith("+NotoSans-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSansArabic-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSansEthiopic-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSans-Bold"));
        assertThat(PdfText.fonts(pdf)).allMatch(f -> f.embedded() && f.subset());
    }

    @Test
    void anArabicGroupNameDoesNotPullTheDateIntoItsRun() throws IOException {
        byte[] pdf = PdfSheet.pdf(
                PageSize.A5,
                sheet -> sheet.header(
                        "Presentielijst", "دائرة الشمس", LocalDate.of(2026, 11, 17), Locale.forLanguageTag("nl")));
        // Left to right on paper: the name (written right to left), then the date in its own order.
        assertThat(PdfText.seen(pdf)).contains(PdfText.reversed("دائرة الشمس") + " · 17 november 2026");
    }

    @Test
    void anArabicSentenceThatNeedsThreeLinesStartsOnTheFirstAtTheRight() throws IOException {
        String sentence = "الادخار معًا يجعل المال أقل وحدة وأكثر أمانًا لكل من يجلس إلى الطاولة في كل أسبوع";
        byte[] pdf = PdfSheet.pdf(PageSize.A7, ARABIC, sheet -> sheet.paragraph(sentence, PdfSheet.BODY));
        List<String> lines = lines(PdfText.keep("arabic sentence", pdf));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join(" ", lines)).isEqualTo(sentence);
        assertThat(lines.get(0)).startsWith("الادخار معًا");
    }

    @Test
    void digitsAndBracketsInArabicTextKeepTheirOrderAndTheirSide() throws IOException {
        String text = "علي (فاطمة) دفع 125 يورو";
        byte[] pdf = PdfSheet.pdf(PageSize.A5, ARABIC, sheet -> sheet.paragraph(text, PdfSheet.BODY));
        assertThat(lines(PdfText.keep("arabic digits brackets", pdf))).containsExactly(text);
        // Seen from the left: the last word first, the number as it is written, the brackets mirrored.
        assertThat(PdfText.seen(pdf))
                .containsExactly(PdfText.reversed("يورو") + " 125 " + PdfText.reversed("دفع") + " ("
                        + PdfText.reversed("فاطمة") + ") " + PdfText.reversed("علي"));
    }

    @Test
    void anArabicFormPutsItsFirstColumnAtTheRight() throws IOException {
        byte[] pdf = PdfSheet.pdf(
                PageSize.A5,
                ARABIC,
                sheet -> sheet.add(sheet.table(new float[] {3, 1}, "العضو", "المبلغ")
                        .text(WorldNames.ARABIC, PdfSheet.BODY)
                        .amount(Money.ofCents(1250))));
        assertThat(PdfText.seen(PdfText.keep("arabic table", pdf)))
                .containsExactly(
                        PdfText.reversed("المبلغ") + " " + PdfText.reversed("العضو"),
                        "€ 12,50 " + PdfText.reversed(WorldNames.ARABIC));
    }

    /** A table without headers (the payout statement's) has no empty first row drawn above its lines. */
    @Test
    void aTableWithoutHeadersHasNoEmptyHeaderRow() {
        int[] rows = new int[2];
        PdfSheet.pdf(PageSize.A5, sheet -> {
            PdfSheet.Table bare = sheet.table(new float[] {5, 3});
            bare.text("Eigen spaargeld", PdfSheet.BODY).amount(Money.euros(200));
            rows[0] = bare.rows();
            PdfSheet.Table headed = sheet.table(new float[] {5, 3}, "Wat", "Bedrag");
            headed.text("Eigen spaargeld", PdfSheet.BODY).amount(Money.euros(200));
            rows[1] = headed.rows();
            sheet.add(bare);
            sheet.add(headed);
        });
        assertThat(rows).containsExactly(1, 2);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenInsideAndNothingIsLost() throws IOException {
        String word = "فاطمة".repeat(30);
        byte[] pdf = PdfSheet.pdf(PageSize.A7, sheet -> sheet.paragraph("Naam: " + word, PdfSheet.BODY));
        List<String> lines = lines(pdf);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Naam:" + word);
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        return PdfText.of(pdf)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
