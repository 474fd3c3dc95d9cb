package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The evening's paper pack is one tap from the group page and from meeting mode (issue 19). */
class EveningPackLinkTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Test
    void theGroupsOfficerFindsThePackOnTheGroupPageAndInMeetingMode() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        logout();

        login(world.officerA());
        navigate("groepen/" + world.groupA());
        assertThat(get(Anchor.class, EveningPackLink.ID).getText()).startsWith("Papieren pakket voor");
        navigate("bijeenkomst/" + f.sessionId);
        assertThat(get(Anchor.class, EveningPackLink.ID).getText()).startsWith("Papieren pakket voor");
    }

    @Test
    void aGroupWithoutAnOpenCycleHasNoPack() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        testWorld.circleOfEight(world);
        navigate("groepen/" + world.groupA());
        assertThat(_find(Anchor.class, spec -> spec.withId(EveningPackLink.ID))).isEmpty();
    }
}
