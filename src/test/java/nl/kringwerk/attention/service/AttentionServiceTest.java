package nl.kringwerk.attention.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.attention.domain.Signal;
import nl.kringwerk.attention.domain.SignalKind;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the real services: group A is built to need attention (a cycle of five weeks without a
 * session that ends in two, two members gone); group B of the other organisation is quiet.
 */
class AttentionServiceTest extends ServiceTest {

    @Autowired
    AttentionService attention;

    @Autowired
    GroupService groups;

    @Autowired
    Savings savings;

    @Autowired
    Clock clock;

    TestWorld.World world;

    @BeforeEach
    void aGroupThatNeedsAttention() {
        world = testWorld.create();
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        LocalDate today = LocalDate.now(clock);
        signInAs(world.coordinatorA());
        groups.memberLeaves(world.groupA(), circle.member("Els"), today.minusWeeks(1));
        groups.memberLeaves(world.groupA(), circle.member("Priya"), today.minusDays(2));
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(today.minusWeeks(5))
                                .plannedEndOn(today.plusWeeks(2))
                                .build());
        SignIn.out();
    }

    @Test
    void theCoordinatorSeesHerGroupWithEachReason() {
        signInAs(world.coordinatorA());
        assertThat(attention.groupsNeedingAttention()).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(world.groupA());
            assertThat(g.signals())
                    .extracting(Signal::kind)
                    .containsExactlyInAnyOrder(
                            SignalKind.NO_RECENT_SESSION, SignalKind.CYCLE_ENDING, SignalKind.MEMBERS_LEAVING);
        });
    }

    @Test
    void theFacilitatorSeesHerGroupsSignalsOnItsPage() {
        signInAs(world.facilitatorA());
        assertThat(attention.signalsOf(world.groupA())).hasSize(3);
        assertThat(attention.groupsNeedingAttention())
                .extracting(GroupAttention::groupId)
                .containsExactly(world.groupA());
    }

    @Test
    void aQuietGroupIsNotListed() {
        signInAs(world.coordinatorB());
        assertThat(attention.groupsNeedingAttention()).isEmpty();
        assertThat(attention.signalsOf(world.groupB())).isEmpty();
    }

    @Test
    void anotherOrganisationAndAFunderGetNothing() {
        signInAs(world.coordinatorB());
        assertThatThrownBy(() -> attention.signalsOf(world.groupA())).isInstanceOf(NotFoundOrNotAllowedException.class);
        SignIn.out();
        signInAs(world.facilitatorB());
        assertThatThrownBy(() -> attention.signalsOf(world.groupA())).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(attention.groupsNeedingAttention()).isEmpty();
        SignIn.out();
        signInAs(world.funder());
        assertThatThrownBy(() -> attention.groupsNeedingAttention()).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> attention.signalsOf(world.groupA())).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> attention.signalsOf(Long.MAX_VALUE)).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void theOfficerSeesNoSignals() {
        signInAs(world.officerA());
        assertThat(attention.groupsNeedingAttention()).isEmpty();
        assertThat(attention.signalsOf(world.groupA())).isEmpty();
    }
}
