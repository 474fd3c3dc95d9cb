package nl.kringwerk.material.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.material.domain.MaterialVersion;
import org.jspecify.annotations.Nullable;

/**
 * Searching the library: every word, in any order, without accents or capitals, in either
 * language's title, goal, steps and questions, or in the themes.
 */
final class LibrarySearch {

    private LibrarySearch() {}

    static List<String> words(@Nullable String text) {
        String clean = Texts.clean(text);
        return clean == null ? List.of() : List.of(fold(clean).split("\\s+"));
    }

    static boolean matches(MaterialVersion v, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> parts = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            parts.add(v.title(english));
            parts.add(v.goal(english));
            v.steps().forEach(s -> parts.add(s.text(english)));
            v.questions().forEach(q -> parts.add(q.text(english)));
        }
        parts.addAll(v.tags());
        String haystack =
                fold(String.join(" ", parts.stream().filter(Objects::nonNull).toList()));
        return words.stream().allMatch(haystack::contains);
    }

    /** Lower case without accents, so "geen" finds "géén" and "Zorg" finds "zorg". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
