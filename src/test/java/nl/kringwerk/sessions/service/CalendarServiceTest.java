package nl.kringwerk.sessions.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.kringwerk.KringwerkTest;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KringwerkTest
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    TaskPreferences preferences;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Autowired
    Savings savings;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestWorld testWorld;

    TestWorld.World world;
    long group;

    @BeforeEach
    void aBiweeklyListeningGroup() {
        world = testWorld.create();
        group = testWorld.listeningGroup(world);
        SignIn.as(users, world.facilitatorA());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void biweeklySessionsAcrossADaylightSavingChangeKeepTheirLocalTimeAndTheIcsParsesBack() throws Exception {
        // Every two weeks from now until after the last Sunday of March: summer time starts then.
        LocalDate last = LocalDate.now(TestClock.AMSTERDAM);
        while (last.isBefore(LocalDate.of(LocalDate.now(TestClock.AMSTERDAM).getYear() + 1, 4, 15))) {
            last = runner.run(plans.planNext(group)).date();
        }
        List<CalendarEntry> entries = calendar.entries(group);
        assertThat(entries).hasSizeGreaterThan(8);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).date())
                    .isEqualTo(entries.get(i - 1).date().plusWeeks(2));
        }

        Calendar parsed =
                new CalendarBuilder().build(new StringReader(new String(calendar.ics(group), StandardCharsets.UTF_8)));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(entries.size());
        Set<Integer> utcOffsets = new HashSet<>();
        for (VEvent event : events) {
            Temporal start = event.getDateTimeStart().getDate();
            ZonedDateTime local = ZonedDateTime.from(start).withZoneSameInstant(CalendarService.ZONE);
            assertThat(local.toLocalTime()).as("14:00 local, winter and summer").isEqualTo(LocalTime.of(14, 0));
            utcOffsets.add(local.getOffset().getTotalSeconds() / 3600);
        }
        assertThat(utcOffsets).as("both winter (+1) and summer (+2) time").containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aSessionMovesOrLapsesWithAReasonAndNeverIntoThePast() throws Exception {
        long first = plans.planNext(group);
        long second = plans.planNext(group);
        LocalDate day = runner.run(first).date();
        refused(
                () -> calendar.move(
                        group, first, LocalDate.now(TestClock.AMSTERDAM).minusDays(1), "Ziek"),
                "error.date-in-past");
        refused(() -> calendar.move(group, first, day.plusDays(1), " "), "error.required");
        refused(() -> calendar.move(group, first, runner.run(second).date(), "Zaal bezet"), "error.date-taken");
        refused(() -> calendar.cancel(group, second, ""), "error.required");
        refused(
                () -> calendar.addExtra(
                        group, LocalDate.now(TestClock.AMSTERDAM).minusWeeks(1)),
                "error.date-in-past");
        assertThat(calendar.entries(group))
                .allMatch(e -> e.state() == CalendarEntry.State.PLANNED && e.movedFrom() == null);

        calendar.move(group, first, day.plusDays(1), "De zaal is bezet");
        calendar.cancel(group, second, "Kerstvakantie");
        long extra = calendar.addExtra(group, day.plusDays(3));
        List<CalendarEntry> entries = calendar.entries(group);
        assertThat(entries).extracting(CalendarEntry::sessionId).containsExactly(first, extra, second);
        assertThat(entries.get(0).movedFrom()).isEqualTo(day);
        assertThat(entries.get(0).reason()).isEqualTo("De zaal is bezet");
        assertThat(entries.get(1).extra()).isTrue();
        assertThat(entries.get(2).state()).isEqualTo(CalendarEntry.State.CANCELLED);
        refused(() -> calendar.move(group, second, day.plusDays(5), "Toch"), "error.session-not-planned");
        String ics = new String(calendar.ics(group), StandardCharsets.UTF_8);
        assertThat(ics).contains("STATUS:CANCELLED", "Kerstvakantie", "LOCATION:Kerkzaal");
    }

    @Test
    void aSavingsCircleCalendarIsItsCyclesSessions() {
        SignIn.as(users, world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        List<CalendarEntry> entries = calendar.entries(world.groupA());
        assertThat(entries.get(0).state()).isEqualTo(CalendarEntry.State.UNDER_WAY);
        CalendarEntry next = entries.get(1);
        calendar.move(world.groupA(), next.sessionId(), next.date().plusDays(2), "Buurthuis dicht");
        assertThat(savings.cycles()
                        .currentCycle(world.groupA())
                        .orElseThrow()
                        .sessions()
                        .get(1)
                        .date())
                .isEqualTo(next.date().plusDays(2));
        refused(() -> calendar.cancel(world.groupA(), f.sessionId, "Te laat"), "error.session-not-planned");
    }

    @Test
    void upcomingSessionsShowOnTheStartPageOfWhoeverSupportsTheGroup() {
        long session = plans.planNext(group);
        assertThat(calendar.upcoming(14)).extracting(UpcomingSession::sessionId).contains(session);
        SignIn.as(users, world.facilitatorB());
        assertThat(calendar.upcoming(14)).extracting(UpcomingSession::sessionId).doesNotContain(session);
    }

    @Test
    void nobodyOutsideTheGroupReachesItsCalendar() throws Exception {
        long session = plans.planNext(group);
        long member = runner.run(session).attendance().get(0).memberId();
        List<Method> methods = ServiceMethods.takingFirst(List.of("groupId"), CalendarService.class);
        assertThat(methods).extracting(Method::getName).contains("entries", "move", "cancel", "addExtra", "ics");
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            SignIn.as(users, outsider);
            for (Method method : methods) {
                Object[] args = new Object[method.getParameterCount()];
                args[0] = group;
                for (int i = 1; i < args.length; i++) {
                    Class<?> type = method.getParameterTypes()[i];
                    args[i] = type == long.class
                            ? session
                            : type == LocalDate.class
                                    ? LocalDate.now(TestClock.AMSTERDAM).plusDays(1)
                                    : "Reden";
                }
                assertThatThrownBy(() -> ServiceMethods.call(calendar, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
            assertThat(calendar.upcoming(14))
                    .extracting(UpcomingSession::sessionId)
                    .doesNotContain(session);
            assertThatThrownBy(() -> preferences.optedOut(group)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> preferences.setOptedOut(group, member, true))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        SignIn.as(users, world.facilitatorA());
        assertThat(calendar.entries(group))
                .singleElement()
                .satisfies(e -> assertThat(e.movedFrom()).isNull());
    }
}
