package nl.kringwerk.material.service;

import nl.kringwerk.material.domain.MaterialFor;
import org.jspecify.annotations.Nullable;

/**
 * What the library is narrowed to. Every part may be null: no narrowing.
 *
 * @param words      words that must all appear somewhere in the piece (title, goal, steps, questions, themes)
 * @param forType    pieces for this kind of group (pieces for both always match)
 * @param theme      one theme (tag)
 * @param maxMinutes at most this long
 */
public record MaterialFilter(
        @Nullable String words,
        @Nullable MaterialFor forType,
        @Nullable String theme,
        @Nullable Integer maxMinutes) {

    public static final MaterialFilter ALL = new MaterialFilter(null, null, null, null);
}
