package nl.kringwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo circle a newcomer opens is played through the real rules and looks alive. */
class DemoSavingsTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    Clock clock;

    @Test
    void sixPastSessionsWithACorrectionAndACashDifferenceAndOneReadyToOpen() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        List<Long> members = testWorld.circleOfEight(world);

        new DemoSavings(savings, DemoSavings.BeforeOpen.NONE, LocalDate.now(clock))
                .play(world.groupA(), members, Frequency.WEEKLY, Money.euros(1));

        CycleOverview cycle = savings.cycles().currentCycle(world.groupA()).orElseThrow();
        assertThat(cycle.sessions())
                .extracting(s -> s.status())
                .startsWith(
                        SessionStatus.CLOSED,
                        SessionStatus.CLOSED,
                        SessionStatus.CLOSED,
                        SessionStatus.CLOSED,
                        SessionStatus.CLOSED,
                        SessionStatus.CLOSED,
                        SessionStatus.PLANNED);
        List<EntryLine> journal = savings.records().cycleJournal(world.groupA());
        assertThat(journal)
                .filteredOn(e -> e.kind() == EntryKind.REVERSAL)
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.reason()).isNotBlank());
        assertThat(journal)
                .filteredOn(e -> e.kind() == EntryKind.CASH_DIFFERENCE)
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofCents(-50)));
        assertThat(journal).filteredOn(e -> e.kind() == EntryKind.NO_SAVING).isNotEmpty();
        assertThat(cycle.box())
                .isEqualTo(cycle.totalSavings().plus(cycle.socialFund()).minus(Money.ofCents(50)));
        assertThat(cycle.socialFund().isPositive()).isTrue();
        // Group A meets on Tuesday: so do its sessions, six before today and the next from today on.
        assertThat(cycle.sessions()).allMatch(s -> s.date().getDayOfWeek() == DayOfWeek.TUESDAY, "on Tuesday");
        assertThat(cycle.sessions().subList(0, 6))
                .allMatch(s -> s.date().isBefore(LocalDate.now(TestClock.AMSTERDAM)), "past");
        assertThat(cycle.sessions().get(6).date()).isAfterOrEqualTo(LocalDate.now(TestClock.AMSTERDAM));
    }
}
