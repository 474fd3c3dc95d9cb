package nl.kringwerk.material.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import org.junit.jupiter.api.Test;

/** The starter library is usable as written: every piece complete, in Dutch and in English. */
class StarterLibraryTest {

    @Test
    void everyStarterPieceHasGoalStepsQuestionsAndBothLanguages() {
        Map<String, MaterialDraft> pieces = StarterLibrary.pieces();
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(12);
        pieces.forEach((key, p) -> {
            assertThat(p.problems()).as(key).isEmpty();
            assertThat(p.durationMismatch()).as(key + " minutes add up").isEmpty();
            assertThat(p.titleNl()).as(key).isNotBlank();
            assertThat(p.titleEn()).as(key).isNotBlank();
            assertThat(p.goalNl()).as(key).isNotBlank();
            assertThat(p.goalEn()).as(key).isNotBlank();
            assertThat(p.bringNl()).as(key).isNotBlank();
            assertThat(p.bringEn()).as(key).isNotBlank();
            assertThat(p.noteNl()).as(key).isNotBlank();
            assertThat(p.noteEn()).as(key).isNotBlank();
            assertThat(p.tagList()).as(key).isNotEmpty();
            assertThat(p.steps()).as(key).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> {
                assertThat(s.nl()).isNotBlank();
                assertThat(s.en()).isNotBlank();
                assertThat(s.minutes()).isBetween(1, MaterialDraft.MAX_STEP_MINUTES);
            });
            assertThat(p.questions()).as(key).hasSizeGreaterThanOrEqualTo(3).allSatisfy(q -> {
                assertThat(q.nl()).isNotBlank().endsWith("?");
                assertThat(q.en()).isNotBlank().endsWith("?");
            });
            // Simple language: no sentence in a step longer than 40 words.
            p.steps()
                    .forEach(s -> assertThat(s.nl().split("[.?!]\\s"))
                            .as(key)
                            .allSatisfy(sentence ->
                                    assertThat(sentence.split("\\s+").length).isLessThanOrEqualTo(40)));
        });
    }

    @Test
    void theStarterLibraryCoversTheThemesPracticeAskedFor() {
        Map<String, MaterialDraft> pieces = StarterLibrary.pieces();
        assertThat(pieces.keySet())
                .contains(
                        "complimenten",
                        "budgetteren",
                        "spaardoelen",
                        "sparen-of-verzekeren",
                        "toeslagen",
                        "eigen-risico",
                        "brieven-samen-lezen",
                        "achttien-worden",
                        "achteraf-betalen",
                        "stress-geldzorgen",
                        "schaamte",
                        "werk-dat-loont",
                        "familie-mantelzorg",
                        "wat-geeft-kracht");
        assertThat(pieces.get("familie-mantelzorg").forType()).isEqualTo(MaterialFor.LISTENING_GROUP);
        assertThat(pieces.get("wat-geeft-kracht").forType()).isEqualTo(MaterialFor.LISTENING_GROUP);
        assertThat(pieces.values().stream().filter(p -> p.forType().suits(GroupType.SAVINGS_CIRCLE)))
                .hasSizeGreaterThanOrEqualTo(10);
    }
}
