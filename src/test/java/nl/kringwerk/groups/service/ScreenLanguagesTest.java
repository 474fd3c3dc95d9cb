package nl.kringwerk.groups.service;

import static nl.kringwerk.base.domain.MemberLanguage.ARABIC;
import static nl.kringwerk.base.domain.MemberLanguage.DUTCH;
import static nl.kringwerk.base.domain.MemberLanguage.TURKISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.ScreenLanguages;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The group chooses the language(s) of what its members see: its screen and the forms they sign. */
class ScreenLanguagesTest extends ServiceTest {

    @Autowired
    GroupService service;

    TestWorld.World world;

    @BeforeEach
    void createWorld() {
        world = testWorld.create();
    }

    @Test
    void aGroupReadsDutchUntilItChoosesOtherwise() {
        signInAs(world.coordinatorA());
        assertThat(service.screenLanguages(world.groupA())).isEqualTo(ScreenLanguages.DUTCH);
        assertThat(service.groupPage(world.groupA()).screenLanguages()).isEqualTo(ScreenLanguages.DUTCH);
    }

    @Test
    void theChairChoosesDutchPlusArabicAndEveryScreenOfTheGroupFollows() {
        signInAs(world.officerA());
        service.chooseScreenLanguages(world.groupA(), DUTCH, ARABIC);

        assertThat(service.screenLanguages(world.groupA())).isEqualTo(ScreenLanguages.of(DUTCH, ARABIC));
        assertThat(service.groupFacts(world.groupA()).screenLanguages().all()).containsExactly(DUTCH, ARABIC);
        signInAs(world.coordinatorA());
        assertThat(service.groupPage(world.groupA()).screenLanguages().all()).containsExactly(DUTCH, ARABIC);
    }

    @Test
    void aCoordinatorChoosesOneLanguageOrTheSameOneTwice() {
        signInAs(world.coordinatorA());
        service.chooseScreenLanguages(world.groupA(), TURKISH, null);
        assertThat(service.screenLanguages(world.groupA()).all()).containsExactly(TURKISH);
        service.chooseScreenLanguages(world.groupA(), ARABIC, ARABIC);
        assertThat(service.screenLanguages(world.groupA()).all()).containsExactly(ARABIC);
    }

    @Test
    void withoutAFirstLanguageNothingChanges() {
        signInAs(world.officerA());
        service.chooseScreenLanguages(world.groupA(), DUTCH, TURKISH);
        assertThatThrownBy(() -> service.chooseScreenLanguages(world.groupA(), null, ARABIC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::field, InvalidInput::messageKey)
                                .containsExactly(Tuple.tuple("firstLanguage", "error.required")));
        assertThat(service.screenLanguages(world.groupA())).isEqualTo(ScreenLanguages.of(DUTCH, TURKISH));
    }

    @Test
    void anEndedGroupKeepsItsLanguages() {
        signInAs(world.coordinatorA());
        service.endGroup(world.groupA(), LocalDate.now(TestClock.AMSTERDAM));
        assertThatThrownBy(() -> service.chooseScreenLanguages(world.groupA(), ARABIC, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.screenLanguages(world.groupA())).isEqualTo(ScreenLanguages.DUTCH);
    }

    @Test
    void anotherGroupsChairCannotChooseForIt() {
        signInAs(world.officerA());
        assertThatThrownBy(() -> service.chooseScreenLanguages(world.groupB(), ARABIC, null))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(world.coordinatorB());
        assertThat(service.screenLanguages(world.groupB())).isEqualTo(ScreenLanguages.DUTCH);
    }
}
