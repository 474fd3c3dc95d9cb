package nl.kringwerk.material.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.sessions.service.CalendarEntry;
import org.jspecify.annotations.Nullable;

/** The theme part of a group's sessions: the coming ones to prepare, the last ones to reflect on. */
public record ThemePlan(long groupId, GroupType type, List<Line> coming, List<Line> past) {

    /**
     * @param materialId null when nothing is prepared for this session yet
     */
    public record Line(
            long sessionId,
            LocalDate date,
            CalendarEntry.State state,
            @Nullable Long materialId,
            @Nullable String title,
            int minutes,
            @Nullable UseReflection reflection) {

        public boolean prepared() {
            return materialId != null;
        }
    }
}
