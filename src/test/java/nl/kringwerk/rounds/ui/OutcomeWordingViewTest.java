package nl.kringwerk.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator words the outcome statements on her groups page: a sentence too long is refused
 * next to its field in Dutch and nothing is kept; a good one is kept as her own words; she can go
 * back to the standard. A facilitator does not get the section.
 */
class OutcomeWordingViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoordinatorWordsAStatementAndGoesBackToTheStandard() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        navigate("groepen");
        click("wording-open-" + world.organisationA());
        assertThat(allText("wording-state-0")).isEqualTo("Gewone zin");
        assertThat(get(TextField.class, "wording-nl-0").getValue()).isEqualTo("Ik heb grip op mijn geld.");

        type(
                "wording-nl-0",
                "Ik heb grip op mijn geld, ook als er iets tegenzit en de rekeningen elke maand binnenkomen.");
        click("wording-save-0");
        TextField dutch = get(TextField.class, "wording-nl-0");
        assertThat(dutch.isInvalid()).isTrue();
        assertThat(dutch.getErrorMessage()).contains("hooguit 80 tekens");
        assertThat(rows(world)).as("nothing written").isZero();

        type("wording-nl-0", "Ik weet wat er binnenkomt en wat eruit gaat.");
        type("wording-en-0", "I know what comes in and what goes out.");
        click("wording-save-0");
        assertThat(allText("wording-state-0")).isEqualTo("Eigen woorden");
        assertThat(allText("wording-saved")).contains("Opgeslagen");
        assertThat(rows(world)).isEqualTo(2);

        click("wording-reset-0");
        assertThat(allText("wording-state-0")).isEqualTo("Gewone zin");
        assertThat(get(TextField.class, "wording-nl-0").getValue()).isEqualTo("Ik heb grip op mijn geld.");
        assertThat(rows(world)).isZero();
    }

    @Test
    void aFacilitatorDoesNotGetTheSection() {
        TestWorld.World world = testWorld.create();
        login(world.facilitatorA());
        navigate("groepen");
        assertThat(_find(Component.class, spec -> spec.withId("outcome-wording")))
                .isEmpty();
    }

    private long rows(TestWorld.World world) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outcome_wording WHERE organisation_id = ?", Long.class, world.organisationA());
    }
}
