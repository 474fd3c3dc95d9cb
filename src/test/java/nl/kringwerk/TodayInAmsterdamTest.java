package nl.kringwerk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Groups meet in the Netherlands: at 23:30 UTC it is already tomorrow in Amsterdam (00:30 in winter),
 * and the dialogs propose Amsterdam's date, whatever zone the server runs in (UTC in a container).
 */
class TodayInAmsterdamTest extends KaribuTest {

    /** A Monday, 23:30 UTC: Tuesday 10 March, 00:30 in Amsterdam. Group A meets on Tuesdays. */
    static final Instant HALF_PAST_ELEVEN_UTC = Instant.parse("2026-03-09T23:30:00Z");

    static final LocalDate AMSTERDAM_TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    TestClock clock;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @AfterEach
    void backToTheSystemTime() {
        clock.useSystemTime();
    }

    @Test
    void everyDialogProposesAmsterdamsDateJustAfterMidnightUtc() {
        clock.setTo(HALF_PAST_ELEVEN_UTC);
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());

        navigate("groepen");
        click("create-group");
        assertThat(proposed("group-started-on")).as("a new group starts").isEqualTo(AMSTERDAM_TODAY);
        closeDialogs();

        navigate("groepen/" + world.groupA());
        click("add-member");
        assertThat(proposed("member-joined-on")).as("a new member joins").isEqualTo(AMSTERDAM_TODAY);
        closeDialogs();
        click("leave-member-" + world.memberA());
        assertThat(proposed("confirm-date")).as("a member leaves").isEqualTo(AMSTERDAM_TODAY);
        closeDialogs();
        click("end-group");
        assertThat(proposed("confirm-date")).as("the group ends").isEqualTo(AMSTERDAM_TODAY);
        closeDialogs();
        click("start-cycle");
        assertThat(proposed("cycle-starts-on")).as("a cycle starts").isEqualTo(AMSTERDAM_TODAY);
    }

    @Test
    void theQuietTimerOfAListeningSessionFollowsTheClock() {
        clock.setTo(HALF_PAST_ELEVEN_UTC);
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        login(world.facilitatorA());
        navigate("groepen/" + group);
        click("usual-agreements");
        click("plan-next");
        long session = plans.sessions(group).get(0).id();
        List<RunState.Attendee> people = runner.run(session).attendance();
        for (RunState.Attendee a : people) {
            click("mark-present-" + a.memberId());
        }
        click("start-listening");
        assertThat(text("run-timer")).startsWith("0:00 ");

        clock.setTo(HALF_PAST_ELEVEN_UTC.plus(Duration.ofMinutes(3).plusSeconds(5)));
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(text("run-timer")).startsWith("3:05 ");
    }

    private static LocalDate proposed(String datePickerId) {
        return get(DatePicker.class, datePickerId).getValue();
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
        MockVaadin.clientRoundtrip();
    }
}
