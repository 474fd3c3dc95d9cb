package nl.kringwerk.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingDatesTest {

    // The group started on Monday 2 March 2026; it meets on Wednesdays: first meeting 4 March.
    private static final LocalDate STARTED = LocalDate.of(2026, 3, 2);

    @Test
    void theFirstMeetingIsTheMeetingDayOnOrAfterTheStart() {
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 1, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aWeeklyGroupMeetsOnTheNextMeetingDay() {
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 1, LocalDate.of(2026, 11, 23)))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 1, LocalDate.of(2026, 11, 25)))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aBiweeklyGroupStaysOnItsOwnWeeks() {
        // 4 March + 2k weeks: ... 11 November, 25 November, 9 December.
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 2, LocalDate.of(2026, 11, 12)))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 2, LocalDate.of(2026, 11, 26)))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(MeetingDates.next(STARTED, DayOfWeek.WEDNESDAY, 2, LocalDate.of(2026, 11, 11)))
                .isEqualTo(LocalDate.of(2026, 11, 11));
    }
}
