package nl.kringwerk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.InterestShare;
import org.junit.jupiter.api.Test;

/** Everything a member sees exists in every member language, with the same placeholders. */
class MemberTranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    // A key of the member bundle as a literal in the code: "screen.question", "paper.kind." + kind
    private static final Pattern LITERAL = Pattern.compile("\"((?:screen|show|speech|paper|language)\\.[\\w.-]*)\"");

    @Test
    void everyMemberLanguageHasEveryKeyAndNoEmptyText() throws IOException {
        Set<String> dutch = load(MemberLanguage.DUTCH).stringPropertyNames();
        assertThat(dutch).hasSizeGreaterThan(40);
        for (MemberLanguage language : MemberLanguage.values()) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames())
                    .as("keys of %s", language)
                    .containsExactlyInAnyOrderElementsOf(dutch);
            texts.forEach(
                    (k, v) -> assertThat(v.toString()).as("%s %s", language, k).isNotBlank());
        }
    }

    @Test
    void everyLanguageUsesTheSamePlaceholdersAndWritesApostrophesTwice() throws IOException {
        Properties dutch = load(MemberLanguage.DUTCH);
        for (MemberLanguage language : MemberLanguage.values()) {
            Properties texts = load(language);
            for (String key : dutch.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(placeholders(text))
                        .as("placeholders of %s %s", language, key)
                        .isEqualTo(placeholders(dutch.getProperty(key)));
                assertThat(text.replace("''", ""))
                        .as("%s %s: a single apostrophe would start a quote in MessageFormat", language, key)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void everyMemberKeyTheCodeAsksForExists() throws IOException {
        Properties dutch = load(MemberLanguage.DUTCH);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    // "paper.kind." + kind.name() and the like are checked per enum below
                    if (!m.group(1).endsWith(".") && !dutch.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEntryKindAttendanceAndShareOutRuleHasAMemberWord() throws IOException {
        Properties dutch = load(MemberLanguage.DUTCH);
        for (EntryKind kind : EntryKind.values()) {
            assertThat(dutch).containsKey("paper.kind." + kind.name());
        }
        for (AttendanceStatus status : AttendanceStatus.values()) {
            assertThat(dutch).containsKey("paper.attendance." + status.name());
        }
        for (InterestShare rule : InterestShare.values()) {
            assertThat(dutch).containsKey("paper.rule." + rule.name());
        }
    }

    @Test
    void eachLanguageSpeaksForItselfAndArabicKeepsLatinDigits() {
        assertThat(MemberTexts.text(MemberLanguage.DUTCH, "screen.question")).isEqualTo("Heeft iedereen het gezien?");
        assertThat(MemberTexts.text(MemberLanguage.TURKISH, "screen.question")).isEqualTo("Herkes gördü mü?");
        assertThat(MemberTexts.text(MemberLanguage.POLISH, "screen.question")).isEqualTo("Czy wszyscy widzieli?");
        assertThat(MemberTexts.text(MemberLanguage.UKRAINIAN, "screen.question"))
                .isEqualTo("Чи всі бачили?");
        assertThat(MemberTexts.text(MemberLanguage.ARABIC, "screen.question")).isEqualTo("هل رأى الجميع المبلغ؟");
        assertThat(MemberTexts.text(MemberLanguage.ARABIC, "paper.attendance.count", 12L, 13L))
                .contains("12", "13")
                .doesNotContain("١", "٢", "٣");
        assertThat(MemberTexts.lines(ScreenLanguages.of(MemberLanguage.DUTCH, MemberLanguage.POLISH), "paper.total"))
                .isEqualTo("Totaal\nRazem");
    }

    @Test
    void onlyArabicIsWrittenFromRightToLeft() {
        assertThat(Stream.of(MemberLanguage.values()).filter(MemberLanguage::rightToLeft))
                .containsExactly(MemberLanguage.ARABIC);
        assertThat(MemberLanguage.ARABIC.direction()).isEqualTo("rtl");
        assertThat(MemberLanguage.TURKISH.direction()).isEqualTo("ltr");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    private static Properties load(MemberLanguage language) throws IOException {
        Properties properties = new Properties();
        String resource = "/" + MemberTexts.BUNDLE + "_" + language.tag() + ".properties";
        try (InputStream in = MemberTranslationsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return properties;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
