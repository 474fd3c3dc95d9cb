package nl.kringwerk.attention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attention list in the menu, and a group's own signals on its page. */
class AttentionViewTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    Clock clock;

    TestWorld.World world;

    @BeforeEach
    void aGroupWithoutSessions() {
        world = testWorld.create();
        LocalDate today = LocalDate.now(clock);
        login(world.coordinatorA());
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(today.minusWeeks(6))
                                .plannedEndOn(today.plusWeeks(20))
                                .build());
        logout();
    }

    @Test
    void theCoordinatorReadsWhyHerGroupNeedsAttention() {
        login(world.coordinatorA());
        navigate("aandacht");
        String text = allText("attention-" + world.groupA());
        assertThat(text).contains("Al 6 weken geen bijeenkomst").contains("4 weken of langer");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getPath)
                .anySatisfy(path -> assertThat(path).endsWith("aandacht"));
    }

    @Test
    void theFacilitatorSeesTheSignalOnTheGroupPage() {
        login(world.facilitatorA());
        navigate("groepen/" + world.groupA());
        assertThat(allText("group-attention")).contains("Al 6 weken geen bijeenkomst");
    }

    @Test
    void anotherOrganisationSeesNothingOfIt() {
        login(world.coordinatorB());
        navigate("aandacht");
        assertThat(_find(Paragraph.class, spec -> spec.withId("attention-none")))
                .hasSize(1);
    }
}
