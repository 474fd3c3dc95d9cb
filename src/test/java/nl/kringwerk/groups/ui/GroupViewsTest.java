package nl.kringwerk.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.ui.NothingHereView;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.insights.ui.InsightsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Coordinators, facilitators and funders clicking through the group pages. */
class GroupViewsTest extends KaribuTest {

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
    void aCoordinatorStartsAGroupAndAddsItsMembers() {
        login(world.coordinatorA());
        navigate("groepen");
        click("create-group");
        String name = "Spaarkring Karibu " + world.groupA();
        type("group-name", name);
        type("group-municipality", "Rotterdam");
        type("group-place", "Buurthuis De Zon");
        choose("group-day", DayOfWeek.TUESDAY);
        click("save-group");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GroupView.class);
        assertThat(text("group-title")).isEqualTo(name);

        addMember("Anja");
        addMember("Gloria");
        assertThat(_find(Div.class, spec -> spec.withClasses("member-row")).stream()
                        .map(d -> d.getElement().getTextRecursively()))
                .anySatisfy(t -> assertThat(t).contains("Anja"))
                .anySatisfy(t -> assertThat(t).contains("Gloria"));
        long groupId = groups.findAll().stream()
                .filter(g -> g.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
        assertThat(members.findByGroupIdOrderByDisplayName(groupId))
                .extracting(m -> m.getDisplayName())
                .containsExactly("Anja", "Gloria");
    }

    @Test
    void aDuplicateMemberNameIsShownNextToTheFieldAndNothingIsWritten() {
        login(world.coordinatorA());
        navigate("groepen/" + world.groupA());
        long before = members.count();
        click("add-member");
        TextField name = get(TextField.class, "member-name");
        type("member-name", "samira");
        click("save-member");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("Er is al een deelnemer die „Samira\" heet. Hoofdletters maken geen verschil."
                        + " Voeg bijvoorbeeld een letter toe.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void anEmptyGroupNameIsRefusedInDutchAndNoGroupIsWritten() {
        login(world.coordinatorA());
        navigate("groepen");
        long before = groups.count();
        click("create-group");
        click("save-group");
        TextField name = get(TextField.class, "group-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit in.");
        assertThat(groups.count()).isEqualTo(before);
    }

    @Test
    void aMemberWhoLeavesBeforeSheJoinedIsRefusedAndStays() {
        login(world.coordinatorA());
        navigate("groepen/" + world.groupA());
        click("leave-member-" + world.memberA());
        DatePicker date = get(DatePicker.class, "confirm-date");
        choose(
                "confirm-date",
                members.findById(world.memberA()).orElseThrow().getJoinedOn().minusDays(3));
        click("confirm-date-button");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("De datum van stoppen ligt voor de datum van beginnen.");
        assertThat(members.findById(world.memberA()).orElseThrow().getLeftOn()).isNull();
    }

    @Test
    void aFacilitatorOfGroupACannotOpenGroupBByItsAddress() {
        login(world.facilitatorA());
        navigate("groepen/" + world.groupA());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GroupView.class);
        _assertNone(Button.class, spec -> spec.withId("end-group")); // she supports it, she does not end it

        navigate("groepen/" + world.groupB());
        assertNothingHere();
        String answerForForeignGroup = pageText();

        navigate("groepen/" + (world.groupB() + 1_000_000));
        assertNothingHere();
        assertThat(pageText()).isEqualTo(answerForForeignGroup);

        navigate("groepen/niet-een-getal");
        assertNothingHere();
    }

    @Test
    void aFunderCannotOpenAnyGroupPageAndHerMenuHasNone() {
        login(world.funder());
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InsightsView.class);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly("Inzichten", "Mijn account"); // her own account is hers (issue 14)

        navigate("groepen");
        assertNothingHere();
        navigate("groepen/" + world.groupA());
        assertNothingHere();
        assertThat(pageText()).doesNotContain("Kring A");
    }

    @Test
    void aChairSeesOnlyHerOwnGroup() {
        login(world.officerA());
        navigate("groepen");
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("group-card")))
                .extracting(link -> link.getId().orElseThrow())
                .containsExactly("group-" + world.groupA());
    }

    private void addMember(String name) {
        click("add-member");
        type("member-name", name);
        click("save-member");
    }

    private static void assertNothingHere() {
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(c -> assertThat(c).isInstanceOf(NothingHereView.class));
        assertThat(_get(H1.class).getText()).isEqualTo("Niet gevonden");
    }

    private static String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }
}
