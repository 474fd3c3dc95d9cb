package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an open meeting screen holds on the server (issue 22: at most 300 KB per open meeting UI in
 * production mode): its state nodes, counted on the bookkeeper's screen of an open session with eight
 * members, and on the group's screen. Each node costs about a kilobyte with its features, and the
 * whole page is also kept once more as the last response, so the count is what the heap per UI follows.
 */
class MeetingScreenSizeTest extends KaribuTest {

    @Autowired
    Savings savings;

    private static int stateNodes() {
        AtomicInteger nodes = new AtomicInteger();
        UI.getCurrent().getElement().getNode().visitNodeTree(node -> nodes.incrementAndGet());
        return nodes.get();
    }

    @Test
    void anOpenMeetingScreenOfEightMembersStaysSmall() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture meeting = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        navigate("bijeenkomst/" + meeting.sessionId);
        MockVaadin.runUIQueue();
        int book = stateNodes();
        // The keypad of a turn.
        click("count-" + meeting.member("Samira"));
        MockVaadin.clientRoundtrip();
        int keypad = stateNodes() - book;

        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");
        MockVaadin.runUIQueue();
        int screen = stateNodes();

        // Folded away, and there when opened: a late arrival is marked present.
        navigate("bijeenkomst/" + meeting.sessionId);
        assertThat(_find(Button.class, spec -> spec.withId("mark-absent-" + meeting.member("Priya"))))
                .isEmpty();
        _get(Details.class, spec -> spec.withId("attendance-and-roles")).setOpened(true);
        assertThat(_get(Button.class, spec -> spec.withId("mark-absent-" + meeting.member("Priya"))))
                .isNotNull();
        _get(Select.class, spec -> spec.withId("role-chair"));

        System.out.printf(
                "%n=== state nodes: meeting screen %d, keypad %d, group screen %d ===%n", book, keypad, screen);
        assertThat(book).as("state nodes of the open meeting screen").isLessThanOrEqualTo(250);
        assertThat(keypad).as("state nodes the keypad adds").isLessThanOrEqualTo(80);
    }
}
