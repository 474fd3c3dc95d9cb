package nl.kringwerk.groups.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a coordinator fills in to start a group or change its details; any field may be missing. */
public record GroupDetails(
        String name,
        GroupType type,
        String municipality,
        LocalDate startedOn,
        DayOfWeek meetingDay,
        LocalTime meetingTime,
        Frequency frequency,
        String place) {}
