package nl.kringwerk.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a typed name a name (see NamesTest for "the same name", which the database decides). */
class NameRulesTest {

    @Test
    void aNameIsKeptInOneUnicodeFormWithOneOrdinarySpaceBetweenWords() {
        assertThat(Names.normalise("  Zoe\u0308\u00A0\u00A0de\u2003Vries\u3000"))
                .isEqualTo("Zoë de Vries");
        assertThat(Names.normalise("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        assertThat(Names.normalise(" \u00A0 ")).isNull();
    }

    @Test
    void nothingVisibleIsNoName() {
        for (String nothing : List.of("", " ", "\u00A0", "\u200B", "\u2060", "\uFEFF", "\u3000 \u202F", "\u0308")) {
            assertThat(problems(nothing)).as(escaped(nothing)).containsExactly("error.required");
        }
        assertThat(problems(null)).containsExactly("error.required");
    }

    @Test
    void lineBreaksTabsControlAndInvisibleCharactersAreRefused() {
        for (String name : List.of(
                "Anna\nJansen", "Anna\tJansen", "Anna\r", "An\u200Bna", "Anna\u00AD", "\u200FAnna", "Anna\u2029")) {
            assertThat(problems(name)).as(escaped(name)).containsExactly("error.name-characters");
        }
    }

    @Test
    void emojiSequencesPersianJoinersAndEveryScriptAreWelcome() {
        for (String name : List.of(
                "Anna 🌻",
                "👩‍👩‍👧 Familie Bakker",
                "🇳🇱 Sanne",
                "مهر\u200Cانگیز",
                "فاطمة الزهراء",
                "ትዕግሥት ኃይሌ",
                "Олена",
                "Şükran Yıldız",
                "Ngô Bảo Châu")) {
            assertThat(problems(name)).as(name).isEmpty();
        }
    }

    @Test
    void lengthCountsTheCharactersPeopleSee() {
        assertThat(Names.length("Zoë")).isEqualTo(3);
        assertThat(Names.length("Zoe\u0308")).isEqualTo(3);
        assertThat(Names.length("👩🏽")).isEqualTo(1);
        assertThat(Names.length("👩‍👩‍👧")).isEqualTo(1);
        assertThat(Names.length("🇳🇱")).isEqualTo(1);
        assertThat(problems("👩🏽".repeat(80))).isEmpty();
        assertThat(problems("a".repeat(81))).containsExactly("error.too-long");
        // Eighty characters people see, but a stored name has room for 255 code points at most.
        assertThat(problems("e\u0301\u0302\u0303\u0304".repeat(70))).containsExactly("error.too-long");
    }

    private static List<String> problems(String typed) {
        List<InvalidInput> problems = new ArrayList<>();
        Names.check(problems, "name", typed, 80);
        return problems.stream().map(InvalidInput::messageKey).toList();
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .forEach(c ->
                        out.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
