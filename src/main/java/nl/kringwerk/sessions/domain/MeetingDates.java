package nl.kringwerk.sessions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The group's meeting days: the first meeting weekday on or after the group started, then every one
 * or two weeks. A biweekly group stays on its own weeks, whatever date one asks from.
 */
public final class MeetingDates {

    private MeetingDates() {}

    /** The first meeting day on or after {@code from}. */
    public static LocalDate next(LocalDate groupStarted, DayOfWeek day, int weeksBetween, LocalDate from) {
        LocalDate first = groupStarted.with(TemporalAdjusters.nextOrSame(day));
        if (!from.isAfter(first)) {
            return first;
        }
        long weeks = ChronoUnit.WEEKS.between(first, from);
        LocalDate candidate = first.plusWeeks(weeks - weeks % weeksBetween);
        while (candidate.isBefore(from)) {
            candidate = candidate.plusWeeks(weeksBetween);
        }
        return candidate;
    }
}
