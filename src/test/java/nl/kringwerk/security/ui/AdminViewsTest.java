package nl.kringwerk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.ui.NotFoundOrNotAllowedView;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.ui.OrganisationsView;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.GroupDirectory.OfficerSeat;
import nl.kringwerk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Beheer screens as an admin, a coordinator and a facilitator use them. */
class AdminViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    GroupService groups;

    TestWorld.World world;

    @BeforeEach
    void createWorld() {
        world = testWorld.create();
    }

    @Test
    void aCoordinatorMakesAFacilitatorOnTheScreenAndSeesTheStartCodeOnce() {
        login(world.coordinatorA());
        navigate("beheer");
        assertThat(allText("accounts")).contains(world.facilitatorA()).doesNotContain(world.facilitatorB());
        assertThat(_find(Anchor.class, s -> s.withId("admin-link-organisations")))
                .isEmpty();
        click("create-account");
        choose("account-role", Role.FACILITATOR);
        type("account-name", "Noor");
        type("account-username", "noor" + world.groupA());
        click("save-account");
        String code = text("start-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(get(Anchor.class, "print-card")).isNotNull();
        click("start-code-done");
        assertThat(allText("accounts")).contains("noor" + world.groupA());
        assertThat(jdbc.queryForObject(
                        "SELECT organisation_id FROM user_account WHERE username = ?",
                        Long.class,
                        "noor" + world.groupA()))
                .isEqualTo(world.organisationA());

        logout();
        navigate("startcode");
        type("code", code);
        type("new-password", "zes groene appels");
        type("repeat-password", "zes groene appels");
        click("use-start-code");
        assertThat(text("your-username")).isEqualTo("noor" + world.groupA());
    }

    @Test
    void aWeakPasswordOnTheStartCodePageIsRefusedInDutchNextToTheField() {
        login(world.coordinatorA());
        navigate("beheer");
        click("start-code-" + world.facilitatorA());
        String code = text("start-code");
        logout();
        navigate("startcode");
        type("code", code);
        type("new-password", "welkom123");
        type("repeat-password", "welkom123");
        click("use-start-code");
        PasswordField password = get(PasswordField.class, "new-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("Gebruik minstens 12 tekens");
        assertThat(_find(Div.class, s -> s.withId("start-code-done")).get(0).getChildren())
                .isEmpty();
    }

    @Test
    void aCoordinatorMakesAChairsAccountForAMemberOfHerGroup() {
        login(world.coordinatorA());
        navigate("beheer");
        click("create-account");
        choose("account-role", Role.OFFICER);
        @SuppressWarnings("unchecked")
        var member = (ComboBox<OfficerSeat>) get(ComboBox.class, "account-member");
        OfficerSeat samira = member.getListDataView()
                .getItems()
                .filter(s -> s.memberId() == world.memberA())
                .findFirst()
                .orElseThrow();
        assertThat(member.getListDataView().getItems()).noneMatch(s -> s.memberId() == world.memberB());
        choose("account-member", samira);
        assertThat(get(TextField.class, "account-name").getValue()).isEqualTo("Samira");
        type("account-username", "samira" + world.groupA());
        click("save-account");
        assertThat(text("start-code")).hasSize(14);
        assertThat(jdbc.queryForObject(
                        "SELECT member_id FROM user_account WHERE username = ?", Long.class, "samira" + world.groupA()))
                .isEqualTo(world.memberA());
    }

    @Test
    void theAdminGivesAFacilitatorAnotherRoleOnTheScreenFromTheRolesSheMayGive() {
        login(world.admin());
        navigate("beheer");
        long facilitator = accounts.idOf(world.facilitatorA());
        long versionBefore = version(facilitator);
        click("role-" + world.facilitatorA());
        @SuppressWarnings("unchecked")
        Select<Role> role = get(Select.class, "new-role");
        assertThat(role.getListDataView().getItems())
                .as("never the role she has, never an officer's (that belongs to a member's seat)")
                .containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR, Role.FUNDER);
        choose("new-role", Role.COORDINATOR);
        click("save-role");

        assertThat(jdbc.queryForObject(
                        "SELECT role FROM user_account WHERE username = ?", String.class, world.facilitatorA()))
                .isEqualTo("COORDINATOR");
        assertThat(version(facilitator))
                .as("her open session sees it at the next click")
                .isGreaterThan(versionBefore);
        assertThat(allText("account-" + world.facilitatorA())).contains("Coördinator");
        navigate("beheer/logboek");
        assertThat(allText("audit-lines")).contains("Rol veranderd").contains("FACILITATOR -> COORDINATOR");
    }

    @Test
    void aCoordinatorHasNoRoleToGiveAndNobodyChangesAnOfficersRoleOrHerOwn() {
        login(world.coordinatorA());
        navigate("beheer");
        assertThat(allText("accounts")).contains(world.facilitatorA(), world.officerA());
        assertThat(_find(Button.class, s -> s.withId("role-" + world.facilitatorA())))
                .as("a coordinator gives no role above facilitator, and a facilitator is one already")
                .isEmpty();
        logout();
        login(world.admin());
        navigate("mijn-account");
        navigate("beheer");
        assertThat(_find(Button.class, s -> s.withId("role-" + world.officerA())))
                .isEmpty();
        assertThat(_find(Button.class, s -> s.withId("role-" + world.admin()))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("role-" + world.coordinatorB())))
                .hasSize(1);
    }

    @Test
    void switchingAnAccountOffAndOnFromTheList() {
        login(world.coordinatorA());
        navigate("beheer");
        click("disable-" + world.facilitatorA());
        assertThat(text("status-" + world.facilitatorA())).isEqualTo("Uit");
        assertThat(jdbc.queryForObject(
                        "SELECT enabled FROM user_account WHERE username = ?", Boolean.class, world.facilitatorA()))
                .isFalse();
        click("enable-" + world.facilitatorA());
        assertThat(text("status-" + world.facilitatorA())).isEqualTo("Aan");
    }

    @Test
    void onlyAdminAndCoordinatorsHaveBeheerInTheMenuAndOnlyTheAdminOpensOrganisations() {
        login(world.facilitatorA());
        assertThat(MenuConfiguration.getMenuEntries())
                .extracting(MenuEntry::path)
                .doesNotContain("/beheer");
        navigate("beheer");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AccountsView.class);
        logout();

        login(world.coordinatorA());
        assertThat(MenuConfiguration.getMenuEntries())
                .extracting(MenuEntry::path)
                .contains("/beheer", "/mijn-account");
        navigate("beheer/organisaties");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(OrganisationsView.class);
        logout();

        login(world.admin());
        navigate("beheer/organisaties");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganisationsView.class);
        String name = "Stichting Karibu " + world.groupA();
        type("organisation-name", name);
        click("create-organisation");
        assertThat(allText("organisations")).contains("Actief");
        assertThat(groups.organisationsForNewGroup()).anyMatch(o -> o.name().equals(name));
    }

    @Test
    void theAdminGivesAFunderAMunicipalityOnTheScreen() {
        login(world.admin());
        navigate("beheer");
        click("scope-" + world.funder());
        type("scope-municipality", "Vlaardingen");
        click("add-municipality");
        assertThat(allText("funder-scopes")).contains("Vlaardingen");
        assertThat(jdbc.queryForObject(
                        "SELECT municipality FROM funder_scope WHERE user_id = ?",
                        String.class,
                        accounts.idOf(world.funder())))
                .isEqualTo("Vlaardingen");
    }

    @Test
    void theAuditLogShowsACoordinatorTheActsOfHerOwnOrganisation() {
        login(world.coordinatorA());
        navigate("beheer");
        click("disable-" + world.facilitatorA());
        navigate("beheer/logboek");
        assertThat(allText("audit-lines")).contains("Account uitgezet").contains(world.facilitatorA());
        logout();
        login(world.coordinatorB());
        navigate("mijn-account");
        navigate("beheer/logboek");
        assertThat(allText("audit-lines")).doesNotContain(world.facilitatorA());
    }

    private long version(long accountId) {
        return jdbc.queryForObject("SELECT version FROM user_account WHERE id = ?", Long.class, accountId);
    }

    @Test
    void everyoneSeesHerOwnAccountAndChangesHerPassword() {
        login(world.officerA());
        navigate("mijn-account");
        assertThat(allText("my-role")).contains("Voorzitter of boekhouder");
        type("current-password", TestWorld.PASSWORD);
        type("new-password", "rode tulp");
        type("repeat-password", "rode tulp");
        click("save-password");
        assertThat(get(PasswordField.class, "new-password").isInvalid()).isFalse();
        assertThat(get(PasswordField.class, "current-password").getValue()).isEmpty();
    }

    @Test
    void aCoordinatorSeesNoOtherOrganisationOnTheAccountsScreen() {
        login(world.coordinatorA());
        navigate("beheer");
        assertThat(_find(ComboBox.class, s -> s.withId("filter-organisation")))
                .as("one organisation: nothing to choose")
                .isEmpty();
        assertThat(allText("accounts")).doesNotContain(world.facilitatorB()).doesNotContain(world.coordinatorB());
        assertThat(_find(Button.class, s -> s.withId("disable-" + world.facilitatorB())))
                .isEmpty();
        assertThat(NotFoundOrNotAllowedView.class).isNotNull();
    }
}
