package nl.kringwerk.savings.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.CycleRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A cycle's sessions fall on the day the group meets, whatever day the cycle is started on. */
class CyclePlanTest extends ServiceTest {

    @Autowired
    Savings savings;

    TestWorld.World world;

    /** Group A meets on Tuesday (its card says "dinsdag"). */
    static final DayOfWeek MEETING_DAY = DayOfWeek.TUESDAY;

    static final LocalDate FRIDAY = LocalDate.now(TestClock.AMSTERDAM).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));

    @BeforeEach
    void world() {
        world = testWorld.create();
        signInAs(world.coordinatorA());
    }

    @Test
    void aTuesdayGroupsCycleStartedOnAFridayMeetsOnTuesdaysFromTheNextTuesday() {
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(FRIDAY)
                                .plannedEndOn(FRIDAY.plusWeeks(10))
                                .build());

        List<LocalDate> dates = sessionDates();
        assertThat(dates).allMatch(d -> d.getDayOfWeek() == MEETING_DAY, "on Tuesday");
        assertThat(dates.get(0)).isEqualTo(FRIDAY.plusDays(4));
        assertThat(dates).hasSize(10).allMatch(d -> !d.isAfter(FRIDAY.plusWeeks(10)));
        for (int i = 1; i < dates.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isEqualTo(7);
        }
    }

    @Test
    void aCycleStartedOnTheMeetingDayBeginsThatDayAndEveryTwoWeeksStaysOnIt() {
        LocalDate tuesday = FRIDAY.plusDays(4);
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(tuesday)
                                .frequency(Frequency.EVERY_TWO_WEEKS)
                                .plannedEndOn(tuesday.plusWeeks(8))
                                .build());

        assertThat(sessionDates())
                .containsExactly(
                        tuesday,
                        tuesday.plusWeeks(2),
                        tuesday.plusWeeks(4),
                        tuesday.plusWeeks(6),
                        tuesday.plusWeeks(8));
    }

    private List<LocalDate> sessionDates() {
        return savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions().stream()
                .map(SessionLine::date)
                .toList();
    }
}
