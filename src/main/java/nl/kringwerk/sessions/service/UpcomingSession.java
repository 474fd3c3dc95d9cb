package nl.kringwerk.sessions.service;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.kringwerk.groups.domain.GroupType;
import org.jspecify.annotations.Nullable;

/** A session in the coming days, on the start page of whoever supports the group. */
public record UpcomingSession(
        long groupId,
        String groupName,
        GroupType type,
        long sessionId,
        LocalDate date,
        LocalTime time,
        @Nullable String place) {}
