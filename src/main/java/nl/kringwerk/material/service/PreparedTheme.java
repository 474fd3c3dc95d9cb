package nl.kringwerk.material.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What was prepared for one session: the version's texts it was prepared with and the session's
 * own steps. A later edit of the piece does not change it.
 */
public record PreparedTheme(
        long groupId,
        long sessionId,
        LocalDate date,
        long materialId,
        int versionNumber,
        boolean listening,
        String title,
        String goal,
        @Nullable String bring,
        @Nullable String note,
        List<MaterialPiece.Step> steps,
        List<String> questions) {

    public int minutes() {
        return steps.stream().mapToInt(MaterialPiece.Step::minutes).sum();
    }
}
