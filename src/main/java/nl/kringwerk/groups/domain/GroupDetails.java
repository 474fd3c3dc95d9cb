package nl.kringwerk.groups.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** What a coordinator fills in to start a group or change its details; any field may be missing. */
public record GroupDetails(
        @Nullable String name,
        @Nullable GroupType type,
        @Nullable String municipality,
        @Nullable LocalDate startedOn,
        @Nullable DayOfWeek meetingDay,
        @Nullable LocalTime meetingTime,
        @Nullable Frequency frequency,
        @Nullable String place) {}
