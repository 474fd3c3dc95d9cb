package nl.kringwerk.passbook.ui;

import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.PasswordField;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.passbook.service.PassbookService;
import nl.kringwerk.passbook.service.PassbookWorld;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The officers' side on the group page: a card made at the table, renewed, and the openings log. */
class PassbookSectionTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    PassbookService passbooks;

    PassbookWorld w;

    @BeforeEach
    void twoGroupsWithMoney() {
        w = new PassbookWorld(testWorld, savings, groups, this::login);
    }

    @Test
    void theChairMakesACardWithAPinRenewsItAndSeesWhenItWasOpened() {
        login(w.world.officerA());
        navigate("groepen/" + w.world.groupA());
        assertThat(text("card-status-" + w.samira)).isEqualTo("Geen kaart");
        click("card-" + w.samira);
        type("card-pin", "4711");
        choose("card-language", "en");
        click("make-card");
        String first = text("card-code");
        assertThat(first).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        click("card-done");
        assertThat(text("card-status-" + w.samira)).startsWith("Kaart sinds ");

        PassbookService.Opening opened = passbooks.open(first, "4711", "10.40.0.1");
        assertThat(opened.outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        assertThat(opened.language()).isEqualTo("en");

        navigate("groepen/" + w.world.groupA());
        assertThat(text("card-status-" + w.samira)).contains("geopend op ");
        click("card-" + w.samira);
        click("make-card");
        String second = text("card-code");
        assertThat(second).isNotEqualTo(first);
        assertThat(passbooks.open(first, "4711", "10.40.0.1").outcome())
                .isEqualTo(PassbookService.Outcome.NO_LONGER_VALID);
        assertThat(passbooks.open(second, null, "10.40.0.1").outcome()).isEqualTo(PassbookService.Outcome.OPENED);
    }

    @Test
    void aPinThatIsNotFourDigitsIsRefusedNextToTheField() {
        login(w.world.facilitatorA());
        navigate("groepen/" + w.world.groupA());
        click("card-" + w.fatma);
        type("card-pin", "12");
        click("make-card");
        assertThat(Screen.get(PasswordField.class, "card-pin").getErrorMessage())
                .isEqualTo("Een pincode is 4 cijfers, of laat het leeg.");
        assertThat(text("card-status-" + w.fatma)).isEqualTo("Geen kaart");
    }
}
