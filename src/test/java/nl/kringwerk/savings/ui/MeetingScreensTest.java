package nl.kringwerk.savings.ui;

import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: a confirm changes only what changed on the bookkeeper's screen, every other screen of
 * the meeting hears it once, from a push thread and not inside the clicking request, and a screen
 * that is gone (detached, closed, or silent for three heartbeats) is no longer refreshed.
 */
class MeetingScreensTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    MeetingBroadcaster broadcaster;

    @AfterEach
    void sendAsConfigured() {
        broadcaster.sendWith(null);
    }

    @Test
    void aConfirmReplacesOnlyHerTileAndTheOtherScreenHearsItOnceFromAPushThread() {
        SavingsFixture meeting = meeting();
        navigate("bijeenkomst/" + meeting.sessionId);
        long samira = meeting.member("Samira");
        Map<Long, Div> tiles = new HashMap<>();
        meeting.members.forEach(m -> tiles.put(m, get(Div.class, "tile-" + m)));
        Component counting = get(Component.class, "counting");
        Component closing = get(Component.class, "closing");
        Component today = get(Component.class, "today");
        List<MeetingEvent> heardByTheGroupScreen = new ArrayList<>();
        UI groupScreen = otherScreen();
        broadcaster.register(
                meeting.sessionId, meeting.world.groupA(), groupScreen, heardByTheGroupScreen::add, () -> {});
        List<Runnable> pushThread = new ArrayList<>();
        broadcaster.sendWith(pushThread::add);

        click("count-" + samira);
        keypad("12,50");
        click("show-amount");
        pushThread.forEach(Runnable::run); // "Heeft iedereen het gezien?" on the group screen
        pushThread.clear();
        MockVaadin.runUIQueue();
        heardByTheGroupScreen.clear();
        click("confirm-seen");

        // The clicking request did not update the other screen; one event waits for the push thread.
        assertThat(heardByTheGroupScreen).isEmpty();
        assertThat(pushThread).hasSize(1);
        pushThread.forEach(Runnable::run);
        MockVaadin.runUIQueue();
        assertThat(heardByTheGroupScreen).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(MeetingEvent.Type.STATE);
            assertThat(event.state().savedToday().format()).isEqualTo("€ 12,50");
        });

        // On the bookkeeper's screen: her tile is new, every other tile and section is the same component.
        assertThat(get(Div.class, "tile-" + samira)).isNotSameAs(tiles.get(samira));
        assertThat(get(Div.class, "tile-" + samira).getElement().getTextRecursively())
                .contains("12,50");
        meeting.members.stream()
                .filter(m -> m != samira)
                .forEach(m -> assertThat(get(Div.class, "tile-" + m)).isSameAs(tiles.get(m)));
        assertThat(get(Component.class, "counting")).isSameAs(counting);
        assertThat(get(Component.class, "closing")).isSameAs(closing);
        assertThat(get(Component.class, "today")).isSameAs(today);
        assertThat(text("expected-box")).isEqualTo("€ 12,50");
    }

    @Test
    void aScreenThatLeftTheMeetingIsNoLongerRefreshed() {
        SavingsFixture meeting = meeting();
        navigate("bijeenkomst/" + meeting.sessionId);
        assertThat(broadcaster.listening(meeting.sessionId)).isEqualTo(1);

        navigate("groepen/" + meeting.world.groupA()); // the view detaches
        assertThat(broadcaster.listening(meeting.sessionId)).isZero();
    }

    @Test
    void aClosedScreenAndAScreenWithoutHeartbeatAreDroppedAndHearNothing() {
        SavingsFixture meeting = meeting();
        List<MeetingEvent> closedHeard = new ArrayList<>();
        List<MeetingEvent> silentHeard = new ArrayList<>();
        List<MeetingEvent> liveHeard = new ArrayList<>();
        UI closed = otherScreen();
        UI silent = otherScreen();
        UI live = otherScreen();
        broadcaster.register(meeting.sessionId, meeting.world.groupA(), closed, closedHeard::add, () -> {});
        broadcaster.register(meeting.sessionId, meeting.world.groupA(), silent, silentHeard::add, () -> {});
        broadcaster.register(meeting.sessionId, meeting.world.groupA(), live, liveHeard::add, () -> {});

        closed.close();
        // A tablet switched off without closing its tab: its last heartbeat was ten minutes ago.
        silent.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 10 * 60_000);
        broadcaster.sweep();
        MockVaadin.runUIQueue();
        assertThat(broadcaster.listening(meeting.sessionId)).isEqualTo(1);
        assertThat(silent.isClosing()).isTrue();

        savings.bookings()
                .bookDeposit(
                        meeting.sessionId,
                        meeting.member("Anja"),
                        "5",
                        savings.bookings().newIdempotencyKey());
        MockVaadin.runUIQueue();

        assertThat(closedHeard).isEmpty();
        assertThat(silentHeard).isEmpty();
        assertThat(liveHeard)
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(MeetingEvent.Type.STATE));
    }

    /** Group A's first session, opened; its coordinator stays signed in. */
    private SavingsFixture meeting() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        return new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
    }

    /** Another screen of the same user (the group's screen on a second tab). */
    private static UI otherScreen() {
        UI ui = new UI();
        ui.getInternals().setSession(VaadinSession.getCurrent());
        return ui;
    }
}
