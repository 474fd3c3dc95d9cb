package nl.kringwerk.groups.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public method of GroupService that takes a group id, called by a user of group A with
 * group B's id (or with an id that does not exist), is refused with the same answer, and nothing
 * of group B changes. The methods are found by reflection, so a new method is covered at once.
 */
class GroupServiceAccessTest extends ServiceTest {

    @Autowired
    GroupService service;

    @Autowired
    GroupRepository groups;

    @Autowired
    MemberRepository members;

    TestWorld.World world;

    @BeforeEach
    void createWorld() {
        world = testWorld.create();
    }

    @Test
    void everyGroupMethodRefusesGroupBToUsersOfGroupA() {
        assertThat(groupMethods()).hasSizeGreaterThanOrEqualTo(10);
        for (String actor : List.of(world.facilitatorA(), world.officerA(), world.coordinatorA(), world.funder())) {
            signInAs(actor);
            for (Method method : groupMethods()) {
                assertRefused(actor, method, world.groupB());
            }
        }
        assertGroupBUntouched();
    }

    @Test
    void anIdThatDoesNotExistGetsTheSameAnswerAsAForeignOne() {
        signInAs(world.admin());
        for (Method method : groupMethods()) {
            assertRefused(world.admin(), method, Long.MAX_VALUE - 7);
        }
    }

    @Test
    void aFunderReachesNoGroupAtAll() {
        signInAs(world.funder());
        assertThat(service.visibleGroups()).isEmpty();
        assertThat(service.organisationsForNewGroup()).isEmpty();
        for (Method method : groupMethods()) {
            assertRefused(world.funder(), method, world.groupA());
        }
    }

    @Test
    void eachRoleSeesOnlyItsOwnGroups() {
        signInAs(world.facilitatorA());
        assertThat(service.visibleGroups()).extracting(GroupCard::id).containsExactly(world.groupA());
        signInAs(world.officerA());
        assertThat(service.visibleGroups()).extracting(GroupCard::id).containsExactly(world.groupA());
        signInAs(world.coordinatorB());
        assertThat(service.visibleGroups())
                .extracting(GroupCard::id)
                .contains(world.groupB())
                .doesNotContain(world.groupA());
        signInAs(world.admin());
        assertThat(service.visibleGroups()).extracting(GroupCard::id).contains(world.groupA(), world.groupB());
    }

    @Test
    void aCoordinatorCannotStartAGroupInAnotherOrganisation() {
        signInAs(world.coordinatorA());
        long before = groups.count();
        assertThatThrownBy(() -> service.createGroup(world.organisationB(), validGroup()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(groups.count()).isEqualTo(before);
        assertThat(service.organisationsForNewGroup())
                .extracting(OrganisationOption::id)
                .containsExactly(world.organisationA());
    }

    @Test
    void aFacilitatorWorksWithMembersOfHerGroupButCannotEndIt() {
        signInAs(world.facilitatorA());
        long added = service.addMember(
                world.groupA(), new MemberDetails("Anja", null, null, LocalDate.now(TestClock.AMSTERDAM)));
        assertThat(members.findById(added)).isPresent();
        assertThatThrownBy(() -> service.endGroup(world.groupA(), LocalDate.now(TestClock.AMSTERDAM)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(groups.findById(world.groupA()).orElseThrow().getEndedOn()).isNull();
    }

    private void assertRefused(String actor, Method method, long groupId) {
        Object[] args = argumentsFor(method, groupId);
        assertThatThrownBy(() -> invoke(method, args))
                .as("%s calling %s(%s)", actor, method.getName(), Arrays.toString(args))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private void invoke(Method method, Object[] args) throws Throwable {
        try {
            method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object[] argumentsFor(Method method, long groupId) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        args[0] = groupId;
        for (int i = 1; i < types.length; i++) {
            if (types[i] == long.class) {
                args[i] = world.memberB();
            } else if (types[i] == MemberDetails.class) {
                args[i] = new MemberDetails("Nieuw", null, null, LocalDate.now(TestClock.AMSTERDAM));
            } else if (types[i] == GroupDetails.class) {
                args[i] = validGroup();
            } else if (types[i] == LocalDate.class) {
                args[i] = LocalDate.now(TestClock.AMSTERDAM);
            } else if (types[i] == MemberLanguage.class) {
                args[i] = MemberLanguage.ARABIC;
            } else {
                throw new AssertionError("No test argument for " + types[i] + " in " + method);
            }
        }
        return args;
    }

    /** Public methods whose first parameter is a group id. */
    private static List<Method> groupMethods() {
        return Stream.of(GroupService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == long.class)
                .filter(m -> !m.getName().equals("createGroup")) // takes an organisation id: tested on its own
                .toList();
    }

    private GroupDetails validGroup() {
        return new GroupDetails(
                "Overgenomen",
                GroupType.LISTENING_GROUP,
                "Utrecht",
                LocalDate.now(TestClock.AMSTERDAM).minusYears(1),
                DayOfWeek.FRIDAY,
                LocalTime.NOON,
                Frequency.EVERY_TWO_WEEKS,
                "Elders");
    }

    private void assertGroupBUntouched() {
        var groupB = groups.findById(world.groupB()).orElseThrow();
        assertThat(groupB.getEndedOn()).isNull();
        assertThat(groupB.getName()).startsWith("Kring B");
        assertThat(groupB.screenLanguages()).isEqualTo(ScreenLanguages.DUTCH);
        assertThat(members.findByGroupIdOrderByDisplayName(world.groupB()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getDisplayName()).isEqualTo("Fatma");
                    assertThat(m.getLeftOn()).isNull();
                });
    }
}
