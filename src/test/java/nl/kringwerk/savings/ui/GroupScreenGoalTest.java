package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.passbook.domain.Pictogram;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.passbook.service.MemberCodes;
import nl.kringwerk.passbook.service.PassbookWorld;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A savings goal set at the table shows on her passbook, and on the group screen at her turn only
 * when she chose so (issue 20).
 */
class GroupScreenGoalTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    Goals goals;

    @Autowired
    MemberCodes codes;

    @Autowired
    MeetingBroadcaster broadcaster;

    PassbookWorld w;

    @BeforeEach
    void twoGroupsWithMoney() {
        w = new PassbookWorld(testWorld, savings, groups, this::login);
    }

    @Test
    void aGoalSetAtTheTableShowsOnHerPassbookAndAtHerTurnOnlyWhenSheChoseSo() {
        login(w.world.officerA());
        navigate("groepen/" + w.world.groupA());
        click("goal-" + w.samira);
        choose("goal-picture", Pictogram.TRIP);
        assertThat(Screen.get(TextField.class, "goal-name").getValue()).isEqualTo("Reis");
        type("goal-name", "Naar oma in Marokko");
        type("goal-amount", "100");
        Screen.choose("goal-on-screen", true);
        click("save-goal");
        assertThat(text("goal-status-" + w.samira))
                .isEqualTo("Naar oma in Marokko · Nog € 80,00 tot je doel van € 100,00");

        click("goal-" + w.fatma);
        type("goal-name", "Nieuwe winterjas");
        type("goal-amount", "60");
        click("save-goal");

        // The group screen at Samira's turn: she chose to show it.
        navigate("bijeenkomst/" + w.a.sessionId + "/scherm");
        broadcaster.publish(
                w.a.sessionId, new UI(), MeetingEvent.showingSaving(w.samira, "Samira", Money.euros(30), "Spaart"));
        MockVaadin.runUIQueue();
        assertThat(text("presentation-amount")).isEqualTo("€ 30,00");
        assertThat(Screen.allText("presentation-goal")).isEqualTo("Nog € 50,00 tot je doel");

        // Fatma did not: nothing of her goal on the screen.
        broadcaster.publish(
                w.a.sessionId, new UI(), MeetingEvent.showingSaving(w.fatma, "Fatma", Money.euros(10), "Spaart"));
        MockVaadin.runUIQueue();
        assertThat(text("presentation-amount")).isEqualTo("€ 10,00");
        assertThat(_find(Component.class, spec -> spec.withId("presentation-goal")))
                .isEmpty();

        // Her own passbook shows the goal, its bar and what she needs per session.
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        logout();
        navigate("boekje");
        type("passbook-code", code);
        click("open-passbook");
        assertThat(text("goal-status")).isEqualTo("Nog € 80,00 tot je doel van € 100,00");
        assertThat(text("goal-needed")).startsWith("Spaar € ").contains(" per keer, dan haal je het.");
        click("passbook-lang-en");
        assertThat(text("goal-status")).isEqualTo("€ 80,00 to go to your goal of € 100,00");
    }

    @Test
    void aGoalNeedsANameAndAnAmountAboveZeroOrNone() {
        login(w.world.coordinatorA());
        navigate("groepen/" + w.world.groupA());
        click("goal-" + w.samira);
        type("goal-name", "");
        type("goal-amount", "0");
        click("save-goal");
        assertThat(Screen.get(TextField.class, "goal-name").getErrorMessage())
                .isEqualTo("Geef het doel een korte naam.");
        assertThat(Screen.get(TextField.class, "goal-amount").getErrorMessage())
                .isEqualTo("Een bedrag groter dan nul, of laat het leeg.");
        type("goal-amount", "10.5");
        type("goal-name", "Fiets");
        click("save-goal");
        assertThat(Screen.get(TextField.class, "goal-amount").getErrorMessage()).contains("Bedoel je 10,50?");
        assertThat(goals.goal(w.world.groupA(), w.samira)).isEmpty();
    }
}
