package nl.kringwerk.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.kringwerk.groups.domain.Frequency;
import org.junit.jupiter.api.Test;

/** A cycle's sessions are planned on the group's meeting day, whatever day the cycle starts. */
class SessionDatesTest {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Test
    void aCycleAgreedOnAFridayMeetsFromTheNextTuesdayEveryWeekUpToThePlannedEnd() {
        CycleRules rules =
                CycleRules.builder(FRIDAY).plannedEndOn(FRIDAY.plusWeeks(3)).build();
        assertThat(rules.sessionDates(DayOfWeek.TUESDAY))
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8));
    }

    @Test
    void aCycleStartingOnTheMeetingDayMeetsThatDayAndEveryTwoWeeksAfter() {
        CycleRules rules = CycleRules.builder(FRIDAY)
                .frequency(Frequency.EVERY_TWO_WEEKS)
                .plannedEndOn(FRIDAY.plusWeeks(4))
                .build();
        assertThat(rules.sessionDates(DayOfWeek.FRIDAY))
                .containsExactly(FRIDAY, FRIDAY.plusWeeks(2), FRIDAY.plusWeeks(4));
    }
}
