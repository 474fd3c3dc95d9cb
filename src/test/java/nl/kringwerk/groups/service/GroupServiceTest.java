package nl.kringwerk.groups.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.security.AuditAction;
import nl.kringwerk.security.AuditRow;
import nl.kringwerk.security.AuditTrail;
import nl.kringwerk.security.DemoAccounts;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupServiceTest extends ServiceTest {

    @Autowired
    GroupService service;

    @Autowired
    GroupRepository groups;

    @Autowired
    MemberRepository members;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    AuditTrail audit;

    TestWorld.World world;
    LocalDate today = LocalDate.now(TestClock.AMSTERDAM);

    @BeforeEach
    void signInAsCoordinator() {
        world = testWorld.create();
        signInAs(world.coordinatorA());
    }

    @Test
    void coordinatorStartsAGroupAndItsMembersAreKept() {
        long id = service.createGroup(world.organisationA(), details("  De Zonnebloem  "));
        long samira = service.addMember(id, new MemberDetails("Samira", "06 1234 5678", null, today));
        service.addMember(id, new MemberDetails("Fatma", null, "fatma@example.nl", today));

        GroupPage page = service.groupPage(id);
        assertThat(page.details().name()).isEqualTo("De Zonnebloem");
        assertThat(page.activeMembers()).extracting(MemberRow::displayName).containsExactly("Fatma", "Samira");
        assertThat(page.mayAdminister()).isTrue();
        assertThat(service.visibleGroups())
                .extracting(GroupCard::id)
                .contains(id, world.groupA())
                .doesNotContain(world.groupB());

        service.memberLeaves(id, samira, today);
        GroupPage after = service.groupPage(id);
        assertThat(after.activeMembers()).extracting(MemberRow::displayName).containsExactly("Fatma");
        assertThat(after.formerMembers()).singleElement().satisfies(m -> {
            assertThat(m.displayName()).isEqualTo("Samira");
            assertThat(m.leftOn()).isEqualTo(today);
        });
    }

    @Test
    void aGroupWithoutANameOrWithAnOverLongNameIsRefusedAndNothingIsWritten() {
        long before = groups.count();
        assertProblem(() -> service.createGroup(world.organisationA(), details("   ")), "name", "error.required");
        assertProblem(
                () -> service.createGroup(world.organisationA(), details("x".repeat(81))), "name", "error.too-long");
        assertThat(groups.count()).isEqualTo(before);
    }

    @Test
    void aGroupCannotEndBeforeItStartedNorTwice() {
        GroupPage page = service.groupPage(world.groupA());
        assertProblem(
                () -> service.endGroup(
                        world.groupA(), page.details().startedOn().minusDays(1)),
                "endedOn",
                "error.end-before-start");
        assertThat(service.groupPage(world.groupA()).isActive()).isTrue();

        service.endGroup(world.groupA(), today);
        assertThat(service.groupPage(world.groupA()).endedOn()).isEqualTo(today);
        assertProblem(() -> service.endGroup(world.groupA(), today), "endedOn", "error.group-already-ended");
        assertProblem(
                () -> service.addMember(world.groupA(), new MemberDetails("Nieuw", null, null, today)),
                "group",
                "error.group-ended");
    }

    @Test
    void twoActiveMembersMayNotShareANameButAFormerMembersNameIsFree() {
        long before = members.count();
        assertProblem(
                () -> service.addMember(world.groupA(), new MemberDetails(" samira ", null, null, today)),
                "displayName",
                "error.member-name-taken");
        assertThat(members.count()).isEqualTo(before);

        service.memberLeaves(world.groupA(), world.memberA(), today);
        long again = service.addMember(world.groupA(), new MemberDetails("Samira", null, null, today));
        assertThat(again).isNotEqualTo(world.memberA());
    }

    @Test
    void aMemberCannotLeaveBeforeSheJoinedAndBadContactDetailsAreRefused() {
        MemberRow samira = service.groupPage(world.groupA()).activeMembers().get(0);
        assertProblem(
                () -> service.memberLeaves(
                        world.groupA(), samira.id(), samira.joinedOn().minusDays(1)),
                "leftOn",
                "error.left-before-joined");
        assertThat(members.findById(samira.id()).orElseThrow().getLeftOn()).isNull();

        assertProblem(
                () -> service.addMember(world.groupA(), new MemberDetails("Anja", "bel me", null, today)),
                "phone",
                "error.phone-invalid");
        assertProblem(
                () -> service.addMember(world.groupA(), new MemberDetails("Anja", null, "anja-at-home", today)),
                "email",
                "error.email-invalid");
        assertProblem(
                () -> service.addMember(world.groupA(), new MemberDetails("a".repeat(81), null, null, today)),
                "displayName",
                "error.too-long");
    }

    @Test
    void theAuditLogNamesTheGroupAFacilitatorIsAssignedToAndTakenFrom() {
        long facilitator = accounts.idOf(world.facilitatorA());
        String groupName = service.groupPage(world.groupA()).details().name();
        service.unassignFacilitator(world.groupA(), facilitator);
        service.assignFacilitator(world.groupA(), facilitator);

        List<AuditRow> lines = audit.audit(null, facilitator, today, today);
        assertThat(lines)
                .extracting(AuditRow::action, AuditRow::detail)
                .containsExactly(
                        Tuple.tuple(AuditAction.FACILITATOR_ASSIGNED, "groep " + groupName),
                        Tuple.tuple(AuditAction.FACILITATOR_UNASSIGNED, "groep " + groupName));
    }

    private GroupDetails details(String name) {
        return new GroupDetails(
                name,
                GroupType.SAVINGS_CIRCLE,
                "Rotterdam",
                today.minusDays(7),
                DayOfWeek.TUESDAY,
                LocalTime.of(19, 30),
                Frequency.WEEKLY,
                "Buurthuis");
    }

    private static void assertProblem(Runnable action, String field, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::field, InvalidInput::messageKey)
                                .contains(Tuple.tuple(field, key)));
    }
}
