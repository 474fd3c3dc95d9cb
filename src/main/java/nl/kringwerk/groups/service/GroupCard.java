package nl.kringwerk.groups.service;

import java.time.LocalDate;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.MeetingSchedule;
import org.jspecify.annotations.Nullable;

/** One line of the groups overview. */
public record GroupCard(
        long id,
        String name,
        GroupType type,
        String municipality,
        MeetingSchedule schedule,
        long activeMembers,
        @Nullable LocalDate endedOn) {

    public boolean isActive() {
        return endedOn == null;
    }
}
