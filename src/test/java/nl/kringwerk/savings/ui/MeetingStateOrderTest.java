package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two push threads may deliver the states of two bookings to one screen in the wrong order: the
 * screen keeps the newer one and never jumps back to an older total.
 */
class MeetingStateOrderTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Test
    void aScreenIgnoresAStateOlderThanTheOneItShows() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        savings.bookings().bookDeposit(f.sessionId, f.member("Samira"), "10", key());
        MeetingState older = savings.records().meeting(f.sessionId);
        EntryLine second = savings.bookings().bookDeposit(f.sessionId, f.member("Fatma"), "20", key());
        MeetingState newer = savings.records().meeting(f.sessionId);
        assertThat(newer.sequence()).isGreaterThan(older.sequence());

        navigate("bijeenkomst/" + f.sessionId);
        MeetingView view = (MeetingView) UI.getCurrent().getCurrentView();
        assertThat(text("expected-box")).isEqualTo("€ 30,00");

        view.apply(newer);
        view.apply(older);

        assertThat(text("expected-box")).isEqualTo("€ 30,00");
        assertThat(_find(Div.class, spec -> spec.withId("entry-" + second.id())))
                .hasSize(1);

        // The same state again (a repeated delivery) changes nothing either; a newer one is applied.
        view.apply(newer);
        assertThat(text("expected-box")).isEqualTo("€ 30,00");
        savings.bookings().bookDeposit(f.sessionId, f.member("Anja"), "5", key());
        view.apply(savings.records().meeting(f.sessionId));
        assertThat(text("expected-box")).isEqualTo("€ 35,00");
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
