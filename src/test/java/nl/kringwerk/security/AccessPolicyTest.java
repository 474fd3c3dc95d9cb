package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access table, read as a specification: who may work with group 10 of organisation 1. */
class AccessPolicyTest {

    static final GroupRef GROUP_10 = new GroupRef(10, 1);
    static final GroupRef GROUP_20 = new GroupRef(20, 2);

    @Test
    void anAdminMayWorkWithEveryGroup() {
        SignedInUser admin = user(Role.ADMIN, null, null);
        assertThat(AccessPolicy.mayWorkWith(admin, GROUP_20, Set.of())).isTrue();
        assertThat(AccessPolicy.mayAdminister(admin, 2)).isTrue();
        assertThat(AccessPolicy.scopeOf(admin, Set.of())).isEqualTo(new GroupScope.AllGroups());
    }

    @Test
    void aCoordinatorWorksWithTheGroupsOfHerOwnOrganisationOnly() {
        SignedInUser coordinator = user(Role.COORDINATOR, 1L, null);
        assertThat(AccessPolicy.mayWorkWith(coordinator, GROUP_10, Set.of())).isTrue();
        assertThat(AccessPolicy.mayWorkWith(coordinator, GROUP_20, Set.of())).isFalse();
        assertThat(AccessPolicy.mayAdminister(coordinator, 1)).isTrue();
        assertThat(AccessPolicy.mayAdminister(coordinator, 2)).isFalse();
    }

    @Test
    void aFacilitatorWorksWithTheGroupsSheIsAssignedToButAdministersNone() {
        SignedInUser facilitator = user(Role.FACILITATOR, 1L, null);
        assertThat(AccessPolicy.mayWorkWith(facilitator, GROUP_10, Set.of(10L))).isTrue();
        assertThat(AccessPolicy.mayWorkWith(facilitator, GROUP_10, Set.of(20L))).isFalse();
        assertThat(AccessPolicy.mayAdminister(facilitator, 1)).isFalse();
        assertThat(AccessPolicy.scopeOf(facilitator, Set.of(10L))).isEqualTo(new GroupScope.OnlyGroups(Set.of(10L)));
    }

    @Test
    void anOfficerWorksWithHerOwnGroupOnly() {
        SignedInUser chair = user(Role.OFFICER, 1L, 10L);
        assertThat(AccessPolicy.mayWorkWith(chair, GROUP_10, Set.of())).isTrue();
        assertThat(AccessPolicy.mayWorkWith(chair, new GroupRef(11, 1), Set.of()))
                .isFalse();
        assertThat(AccessPolicy.mayAdminister(chair, 1)).isFalse();
    }

    @Test
    void aFunderReachesNoGroupWhateverSheIsGiven() {
        SignedInUser funder = user(Role.FUNDER, 1L, 10L);
        assertThat(AccessPolicy.mayWorkWith(funder, GROUP_10, Set.of(10L))).isFalse();
        assertThat(AccessPolicy.mayAdminister(funder, 1)).isFalse();
        assertThat(AccessPolicy.scopeOf(funder, Set.of(10L))).isEqualTo(new GroupScope.NoGroups());
    }

    @Test
    void onlyStaffWhoPrepareSessionsReadTheLibraryOfSessionMaterial() {
        assertThat(AccessPolicy.mayReadLibrary(user(Role.ADMIN, null, null))).isTrue();
        assertThat(AccessPolicy.mayReadLibrary(user(Role.COORDINATOR, 1L, null)))
                .isTrue();
        assertThat(AccessPolicy.mayReadLibrary(user(Role.FACILITATOR, 1L, null)))
                .isTrue();
        assertThat(AccessPolicy.mayReadLibrary(user(Role.OFFICER, 1L, 10L))).isFalse();
        assertThat(AccessPolicy.mayReadLibrary(user(Role.FUNDER, 1L, null))).isFalse();
    }

    @Test
    void aPrivatePieceIsReadByItsOwnOrganisationOnlyAndStarterOrSharedPiecesByEveryReader() {
        SignedInUser facilitator = user(Role.FACILITATOR, 1L, null);
        assertThat(AccessPolicy.mayReadMaterial(facilitator, 1L, false)).isTrue();
        assertThat(AccessPolicy.mayReadMaterial(facilitator, 2L, false)).isFalse();
        assertThat(AccessPolicy.mayReadMaterial(facilitator, 2L, true)).isTrue();
        assertThat(AccessPolicy.mayReadMaterial(facilitator, null, false))
                .as("the starter library")
                .isTrue();
        assertThat(AccessPolicy.readsAllMaterial(facilitator)).isFalse();

        SignedInUser withoutOrganisation = user(Role.COORDINATOR, null, null);
        assertThat(AccessPolicy.mayReadMaterial(withoutOrganisation, 2L, false)).isFalse();
        assertThat(AccessPolicy.mayReadMaterial(withoutOrganisation, 2L, true)).isTrue();

        SignedInUser admin = user(Role.ADMIN, null, null);
        assertThat(AccessPolicy.readsAllMaterial(admin)).isTrue();
        assertThat(AccessPolicy.mayReadMaterial(admin, 2L, false)).isTrue();
    }

    @Test
    void onlyTheOwningOrganisationEditsAPieceAndAnotherOrganisationMayCopyIt() {
        SignedInUser facilitator = user(Role.FACILITATOR, 1L, null);
        assertThat(AccessPolicy.mayEditMaterial(facilitator, 1L)).isTrue();
        assertThat(AccessPolicy.mayEditMaterial(facilitator, 2L)).isFalse();
        assertThat(AccessPolicy.mayEditMaterial(facilitator, null))
                .as("the starter library")
                .isFalse();
        assertThat(AccessPolicy.mayCopyMaterial(facilitator, 1L)).isFalse();
        assertThat(AccessPolicy.mayCopyMaterial(facilitator, 2L)).isTrue();
        assertThat(AccessPolicy.mayCopyMaterial(facilitator, null)).isTrue();

        SignedInUser admin = user(Role.ADMIN, null, null);
        assertThat(AccessPolicy.mayEditMaterial(admin, null)).isTrue();
        assertThat(AccessPolicy.mayEditMaterial(admin, 2L)).isTrue();
        assertThat(AccessPolicy.mayCopyMaterial(admin, 2L))
                .as("a copy needs an organisation to own it")
                .isFalse();
    }

    @Test
    void usageFiguresCountTheUsesOfTheReadersOwnOrganisationAndAllForAnAdmin() {
        assertThat(AccessPolicy.materialUsageScope(user(Role.ADMIN, 1L, null))).isEqualTo(new GroupScope.AllGroups());
        assertThat(AccessPolicy.materialUsageScope(user(Role.COORDINATOR, 1L, null)))
                .isEqualTo(new GroupScope.OfOrganisation(1));
        assertThat(AccessPolicy.materialUsageScope(user(Role.FACILITATOR, 2L, null)))
                .isEqualTo(new GroupScope.OfOrganisation(2));
        assertThat(AccessPolicy.materialUsageScope(user(Role.FACILITATOR, null, null)))
                .isEqualTo(new GroupScope.NoGroups());
    }

    @Test
    void noOneGivesARoleAboveHerOwnACoordinatorMakesFacilitatorsAndOfficersOnly() {
        assertThat(AccessPolicy.grantableRoles(user(Role.ADMIN, null, null))).containsExactlyInAnyOrder(Role.values());
        assertThat(AccessPolicy.grantableRoles(user(Role.COORDINATOR, 1L, null)))
                .containsExactlyInAnyOrder(Role.FACILITATOR, Role.OFFICER);
        assertThat(AccessPolicy.grantableRoles(user(Role.FACILITATOR, 1L, null)))
                .isEmpty();
        assertThat(AccessPolicy.grantableRoles(user(Role.OFFICER, 1L, 10L))).isEmpty();
        assertThat(AccessPolicy.grantableRoles(user(Role.FUNDER, null, null))).isEmpty();
    }

    @Test
    void aCoordinatorManagesTheFacilitatorsAndOfficersOfHerOwnOrganisationOnly() {
        SignedInUser coordinator = user(Role.COORDINATOR, 1L, null);
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.FACILITATOR, 1L))
                .isTrue();
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.OFFICER, 1L)).isTrue();
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.FACILITATOR, 2L))
                .as("another organisation")
                .isFalse();
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.COORDINATOR, 1L))
                .as("a fellow coordinator")
                .isFalse();
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.ADMIN, null)).isFalse();
        assertThat(AccessPolicy.mayManageAccount(coordinator, Role.FUNDER, null))
                .isFalse();
        assertThat(AccessPolicy.accountScope(coordinator)).isEqualTo(new GroupScope.OfOrganisation(1));
        assertThat(AccessPolicy.accountScope(user(Role.COORDINATOR, null, null)))
                .isEqualTo(new GroupScope.NoGroups());
    }

    @Test
    void anAdminManagesEveryAccountOrganisationAndFunderScope() {
        SignedInUser admin = user(Role.ADMIN, null, null);
        assertThat(AccessPolicy.mayManageAccount(admin, Role.COORDINATOR, 2L)).isTrue();
        assertThat(AccessPolicy.mayManageAccount(admin, Role.FUNDER, null)).isTrue();
        assertThat(AccessPolicy.mayManageAccount(admin, Role.ADMIN, null)).isTrue();
        assertThat(AccessPolicy.mayManageOrganisations(admin)).isTrue();
        assertThat(AccessPolicy.mayManageFunderScopes(admin)).isTrue();
        assertThat(AccessPolicy.accountScope(admin)).isEqualTo(new GroupScope.AllGroups());
    }

    @Test
    void facilitatorsOfficersAndFundersManageNoAccountsOrganisationsOrScopes() {
        for (SignedInUser other :
                List.of(user(Role.FACILITATOR, 1L, null), user(Role.OFFICER, 1L, 10L), user(Role.FUNDER, 1L, null))) {
            assertThat(AccessPolicy.mayManageAccount(other, Role.OFFICER, 1L)).isFalse();
            assertThat(AccessPolicy.manageAccounts(other)).isFalse();
            assertThat(AccessPolicy.mayManageOrganisations(other)).isFalse();
            assertThat(AccessPolicy.mayManageFunderScopes(other)).isFalse();
            assertThat(AccessPolicy.accountScope(other)).isEqualTo(new GroupScope.NoGroups());
        }
        SignedInUser coordinator = user(Role.COORDINATOR, 1L, null);
        assertThat(AccessPolicy.mayManageOrganisations(coordinator)).isFalse();
        assertThat(AccessPolicy.mayManageFunderScopes(coordinator)).isFalse();
    }

    @Test
    void aRoleChangesOnlyToAStaffRoleTheGiverMayGiveAndOneOfAnOrganisationOnlyWithinOne() {
        SignedInUser admin = user(Role.ADMIN, null, null);
        assertThat(AccessPolicy.rolesToGive(admin, Role.FACILITATOR, 1L))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR, Role.FUNDER);
        assertThat(AccessPolicy.rolesToGive(admin, Role.FUNDER, null))
                .as("no organisation: no coordinator or facilitator")
                .containsExactlyInAnyOrder(Role.ADMIN);
        assertThat(AccessPolicy.rolesToGive(admin, Role.OFFICER, 1L))
                .as("an officer's role belongs to her seat in a group")
                .isEmpty();
        SignedInUser coordinator = user(Role.COORDINATOR, 1L, null);
        assertThat(AccessPolicy.rolesToGive(coordinator, Role.FACILITATOR, 1L))
                .as("nothing above facilitator, and an officer's role comes with a seat")
                .isEmpty();
        assertThat(AccessPolicy.rolesToGive(coordinator, Role.FACILITATOR, 2L)).isEmpty();
        assertThat(AccessPolicy.rolesToGive(coordinator, Role.COORDINATOR, 1L)).isEmpty();
        assertThat(AccessPolicy.rolesToGive(user(Role.FACILITATOR, 1L, null), Role.FACILITATOR, 1L))
                .isEmpty();
    }

    private static SignedInUser user(Role role, Long organisationId, Long officerGroupId) {
        return new SignedInUser(1, "u", "{noop}x", "U", role, organisationId, officerGroupId, true);
    }
}
