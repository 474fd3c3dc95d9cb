package nl.kringwerk.material.service;

import java.util.List;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.UsageFigures;
import org.jspecify.annotations.Nullable;

/**
 * One piece as the library shows it: its current version in Dutch and (where written) English,
 * who owns it, what the reader may do with it, and how it worked in her organisation's sessions.
 */
public record MaterialPiece(
        long id,
        int versionNumber,
        MaterialFor forType,
        List<String> tags,
        int minutes,
        @Nullable String owner,
        boolean shared,
        boolean starter,
        boolean mayEdit,
        boolean mayCopy,
        Content dutch,
        @Nullable Content english,
        MaterialDraft draft,
        UsageFigures usage) {

    /** The text in the reader's language, falling back to Dutch where English was not written. */
    public Content content(boolean inEnglish) {
        return inEnglish && english != null ? english : dutch;
    }

    public record Content(
            String title,
            String goal,
            @Nullable String bring,
            @Nullable String note,
            List<Step> steps,
            List<String> questions) {}

    public record Step(int minutes, String text) {}
}
