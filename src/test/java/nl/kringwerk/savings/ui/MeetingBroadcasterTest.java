package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A screen that hears another device of the meeting works as the person who opened that screen,
 * never as the person at the other device; and once that person may no longer see the group, the
 * screen shows nothing more of it.
 */
class MeetingBroadcasterTest extends KaribuTest {

    @Autowired
    MeetingBroadcaster broadcaster;

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    SecurityContextHolderStrategy holder;

    @Test
    void aScreenHearsTheMeetingAsItsOwnUserAndTheSenderStaysHimself() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world);
        login(world.facilitatorA());
        Authentication facilitator = currentAuthentication();
        List<Authentication> heardAs = new ArrayList<>();
        broadcaster.register(
                meeting.sessionId,
                world.groupA(),
                UI.getCurrent(),
                event -> heardAs.add(currentAuthentication()),
                () -> {
                    throw new AssertionError("the facilitator still works with group A");
                });

        logout();
        login(world.coordinatorA());
        Authentication coordinator = currentAuthentication();
        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.changed());
        MockVaadin.runUIQueue();

        assertThat(heardAs).containsExactly(facilitator);
        assertThat(currentAuthentication()).isSameAs(coordinator);
    }

    @Test
    void aDeliveryOnAThreadWithoutAContextLeavesNoneBehind() throws ReflectiveOperationException {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world);
        login(world.facilitatorA());
        List<Authentication> heardAs = new ArrayList<>();
        broadcaster.register(
                meeting.sessionId,
                world.groupA(),
                UI.getCurrent(),
                event -> heardAs.add(currentAuthentication()),
                () -> {
                    throw new AssertionError("the facilitator still works with group A");
                });
        // Like a pooled push thread: nobody is signed in on it.
        logout();
        assertThat(threadsOwnContext()).isNull();

        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.changed());
        MockVaadin.runUIQueue();

        assertThat(heardAs).hasSize(1);
        assertThat(heardAs.get(0)).isNotNull();
        // Nothing kept on the thread: not the screen's user, not even an empty context.
        assertThat(threadsOwnContext()).isNull();
    }

    /** What the app's holder keeps for this thread itself (not what it answers from a Vaadin session). */
    private SecurityContext threadsOwnContext() throws ReflectiveOperationException {
        assertThat(holder).isInstanceOf(VaadinAwareSecurityContextHolderStrategy.class);
        Field kept = VaadinAwareSecurityContextHolderStrategy.class.getDeclaredField("contextHolder");
        kept.setAccessible(true);
        return ((ThreadLocal<?>) kept.get(holder)).get() instanceof SecurityContext c ? c : null;
    }

    @Test
    void theSenderStaysHimselfWhenAScreenFailsToFollow() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world);
        login(world.facilitatorA());
        broadcaster.register(
                meeting.sessionId,
                world.groupA(),
                UI.getCurrent(),
                event -> {
                    throw new IllegalStateException("the screen broke");
                },
                () -> {});

        logout();
        login(world.coordinatorA());
        Authentication coordinator = currentAuthentication();
        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.changed());
        assertThatThrownBy(MockVaadin::runUIQueue).hasRootCauseMessage("the screen broke");

        assertThat(currentAuthentication()).isSameAs(coordinator);
    }

    @Test
    void aMeetingScreenWhoseUserLostTheGroupShowsNothingMoreOfIt() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world);
        login(world.facilitatorA());
        navigate("bijeenkomst/" + meeting.sessionId);
        assertThat(_find(H1.class, spec -> spec.withId("meeting-title"))).hasSize(1);

        logout();
        login(world.coordinatorA());
        groups.unassignFacilitator(world.groupA(), accounts.idOf(world.facilitatorA()));
        savings.bookings()
                .bookDeposit(
                        meeting.sessionId,
                        meeting.member("Samira"),
                        "12,50",
                        savings.bookings().newIdempotencyKey());
        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.changed());
        MockVaadin.runUIQueue();

        assertThat(_find(H1.class, spec -> spec.withId("meeting-title"))).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Niet gevonden");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("12,50", "Samira");
    }

    @Test
    void theGroupScreenOfAUserWhoLostTheGroupShowsNoAmount() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world);
        login(world.facilitatorA());
        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");
        assertThat(_find(Span.class, spec -> spec.withId("presentation-today"))).hasSize(1);

        logout();
        login(world.coordinatorA());
        groups.unassignFacilitator(world.groupA(), accounts.idOf(world.facilitatorA()));
        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.showing("Samira", Money.ofCents(1250), "Inleg"));
        MockVaadin.runUIQueue();

        assertThat(_find(Span.class, spec -> spec.withId("presentation-amount")))
                .isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Niet gevonden");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("12,50", "Samira");

        // Given the group back, the closed screen stays closed: it was dropped, not merely refused.
        accounts.assign(world.groupA(), accounts.idOf(world.facilitatorA()));
        broadcaster.publish(meeting.sessionId, new UI(), MeetingEvent.showing("Samira", Money.ofCents(1250), "Inleg"));
        MockVaadin.runUIQueue();
        assertThat(_find(Span.class, spec -> spec.withId("presentation-amount")))
                .isEmpty();
    }

    /** Group A's first session, opened by its coordinator; signed out again afterwards. */
    private SavingsFixture openMeeting(TestWorld.World world) {
        login(world.coordinatorA());
        try {
            return new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        } finally {
            logout();
        }
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
