package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.service.StarterLibrary;
import org.junit.jupiter.api.Test;

/**
 * The house rules for Dutch words, on every Dutch text of the screens, the prints and the starter
 * library: "geldzorgen" or "achterstand", never "schulden"; "je", never "u"; and no bookkeeping or
 * statistics jargon where a simple word does (B1). What a member leaves is a group, not a "Stopt".
 */
class WordingTest {

    /** A word people use instead of each forbidden one, for the message when one slips in. */
    private static final Map<Pattern, String> FORBIDDEN = forbidden();

    /** Texts where a forbidden word is right after all (key: where, value: the word). Keep it short. */
    private static final Set<String> ALLOWED = Set.of();

    private static Map<Pattern, String> forbidden() {
        Map<Pattern, String> words = new LinkedHashMap<>();
        words.put(word("\\w*schuld\\w*"), "geldzorgen, achterstand, wat ze nog terug moet betalen");
        words.put(word("u|uw|uzelf"), "je, jouw");
        words.put(word("\\w*cycl(us|i)\\w*"), "spaarronde");
        words.put(word("looptijd\\w*"), "hoeveel weken");
        words.put(word("aflos\\w*|afgelost"), "terugbetalen, terugbetaling");
        words.put(word("verreken\\w*|verrekend"), "betaald uit haar pot");
        words.put(word("\\w*boeking\\w*|kasboek\\w*|\\w*boeken|\\w*geboekt"), "opschrijven, in en uit de kas");
        words.put(word("kaplan|meier"), "(leave the method out)");
        return words;
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}-])(" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    }

    @Test
    void theDutchScreensAndPrintsFollowTheHouseWords() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        // The staff's texts and what members see (the group screen, the forms they sign).
        for (String bundle : List.of("messages_nl", "member_nl")) {
            Properties nl = new Properties();
            try (InputStream in = WordingTest.class.getResourceAsStream("/i18n/" + bundle + ".properties");
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                nl.load(reader);
            }
            nl.forEach((key, value) -> texts.put(bundle + " " + key, value.toString()));
        }
        assertThat(slips(texts)).isEmpty();
        assertThat(texts)
                .as("a button for a member who leaves says what happens, not 'Stopt'")
                .doesNotContainValue("Stopt");
    }

    @Test
    void theStarterLibraryFollowsTheHouseWords() {
        Map<String, String> texts = new TreeMap<>();
        StarterLibrary.pieces().forEach((key, piece) -> texts.putAll(dutchOf(key, piece)));
        assertThat(texts).isNotEmpty();
        assertThat(slips(texts)).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        Map<String, String> samples = Map.of(
                "a", "Er zijn geen schulden.",
                "b", "Kunt u dit invullen?",
                "c", "Nieuwe spaarcyclus",
                "d", "Verschil boeken",
                "e", "Lening verrekend bij uitbetaling",
                "f", "Je spaarboekje en je geldzorgen");
        assertThat(slips(samples)).hasSize(5).noneMatch(s -> s.startsWith("f "));
    }

    private static Map<String, String> dutchOf(String key, MaterialDraft piece) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(key + " title", piece.titleNl());
        texts.put(key + " tags", piece.tags());
        texts.put(key + " goal", piece.goalNl());
        texts.put(key + " bring", piece.bringNl());
        texts.put(key + " note", piece.noteNl());
        for (int i = 0; i < piece.steps().size(); i++) {
            texts.put(key + " step " + (i + 1), piece.steps().get(i).nl());
        }
        for (int i = 0; i < piece.questions().size(); i++) {
            texts.put(key + " question " + (i + 1), piece.questions().get(i).nl());
        }
        texts.values().removeIf(t -> t == null);
        return texts;
    }

    /** "where: the word (use instead: ...)" for every forbidden word in the texts. */
    private static List<String> slips(Map<String, String> texts) {
        List<String> slips = new ArrayList<>();
        texts.forEach((where, text) -> FORBIDDEN.forEach((pattern, instead) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!ALLOWED.contains(where + ": " + m.group(1))) {
                    slips.add(where + ": " + m.group(1) + " (use instead: " + instead + ") in \"" + text + "\"");
                }
            }
        }));
        return slips;
    }
}
