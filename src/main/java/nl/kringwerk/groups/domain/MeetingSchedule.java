package nl.kringwerk.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When and where a group meets. */
@Embeddable
public record MeetingSchedule(
        @Enumerated(EnumType.STRING) @Column(name = "meeting_day", nullable = false, length = 10)
        DayOfWeek day,

        @Column(name = "meeting_time", nullable = false) LocalTime time,

        @Enumerated(EnumType.STRING) @Column(name = "frequency", nullable = false, length = 20)
        Frequency frequency,

        @Column(name = "place", nullable = false, length = 120)
        String place) {}
