package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group that chose Dutch and Arabic: the chair sets it on the group page, the group's screen and
 * the counting question speak both, Arabic from right to left, the amount left to right.
 */
class MemberLanguagesViewTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingBroadcaster broadcaster;

    @Test
    void theChairChoosesDutchAndArabicOnTheGroupPage() {
        TestWorld.World world = testWorld.create();
        login(world.officerA());
        navigate("groepen/" + world.groupA());
        assertThat(allText("screen-languages")).contains("Nederlands").doesNotContain("العربية");

        click("choose-languages");
        choose("first-language", MemberLanguage.DUTCH);
        choose("second-language", MemberLanguage.ARABIC);
        click("save-languages");

        assertThat(allText("screen-languages")).contains("Nederlands", "العربية");
        assertThat(groups.screenLanguages(world.groupA()).all())
                .containsExactly(MemberLanguage.DUTCH, MemberLanguage.ARABIC);
    }

    @Test
    void theGroupScreenAsksInDutchAndInArabicFromRightToLeft() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world, MemberLanguage.DUTCH, MemberLanguage.ARABIC);
        login(world.facilitatorA());
        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");
        assertThat(allText("presentation")).contains("Vandaag gespaard", "ادخار اليوم");

        // The bookkeeper's tablet shows the amount to the group.
        broadcaster.publish(
                meeting.sessionId, new UI(), MeetingEvent.showing("Samira", Money.ofCents(1250), "show.saves"));
        MockVaadin.runUIQueue();

        List<Element> questions = byClass("presentation-question");
        assertThat(questions)
                .extracting(Element::getText)
                .containsExactly("Heeft iedereen het gezien?", "هل رأى الجميع المبلغ؟");
        assertThat(questions).extracting(e -> e.getAttribute("lang")).containsExactly("nl", "ar");
        assertThat(questions).extracting(e -> e.getAttribute("dir")).containsExactly("ltr", "rtl");
        assertThat(allText("presentation")).contains("Spaargeld", "ادخار", "Samira");
        Element amount = get(Component.class, "presentation-amount").getElement();
        assertThat(amount.getText()).isEqualTo("€ 12,50");
        assertThat(amount.getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void aScreenThatSpeaksArabicFirstIsLaidOutFromRightToLeft() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world, MemberLanguage.ARABIC, MemberLanguage.DUTCH);
        login(world.facilitatorA());
        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");

        Element screen = get(Component.class, "presentation").getElement();
        assertThat(screen.getAttribute("dir")).isEqualTo("rtl");
        assertThat(screen.getAttribute("lang")).isEqualTo("ar");
        assertThat(get(Component.class, "presentation-today").getElement().getAttribute("dir"))
                .isEqualTo("ltr");
    }

    @Test
    void theCountingQuestionIsAskedInTheGroupsLanguages() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world, MemberLanguage.DUTCH, MemberLanguage.TURKISH);
        login(world.coordinatorA());
        navigate("bijeenkomst/" + meeting.sessionId);
        click("count-" + meeting.member("Samira"));
        keypad("12,50");
        click("show-amount");

        assertThat(byClass("show-question"))
                .extracting(Element::getText)
                .containsExactly("Heeft iedereen het gezien?", "Herkes gördü mü?");
        assertThat(byClass("show-question"))
                .extracting(e -> e.getAttribute("lang"))
                .containsExactly("nl", "tr");
        assertThat(get(Component.class, "shown-amount").getElement().getAttribute("dir"))
                .isEqualTo("ltr");
    }

    @Test
    void theGroupScreenReadsNameAndAmountAloudInTheChosenLanguageOnlyWhenAskedTo() {
        TestWorld.World world = testWorld.create();
        SavingsFixture meeting = openMeeting(world, MemberLanguage.DUTCH, MemberLanguage.POLISH);
        login(world.facilitatorA());
        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");
        PresentationView screen = (PresentationView) UI.getCurrent().getCurrentView();
        assertThat(screen.readingAloud()).isNull();
        Button polish = _get(Button.class, spec -> spec.withId("read-aloud-pl"));
        assertThat(polish.getText()).contains("Polski");
        assertThat(polish.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        click("read-aloud-pl");
        assertThat(screen.readingAloud()).isEqualTo(MemberLanguage.POLISH);
        assertThat(polish.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        click("read-aloud-pl");
        assertThat(screen.readingAloud()).isNull();
    }

    private SavingsFixture openMeeting(TestWorld.World world, MemberLanguage first, MemberLanguage second) {
        login(world.coordinatorA());
        try {
            groups.chooseScreenLanguages(world.groupA(), first, second);
            return new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        } finally {
            logout();
        }
    }

    private static List<Element> byClass(String className) {
        return _find(Component.class, spec -> spec.withClasses(className)).stream()
                .map(Component::getElement)
                .toList();
    }
}
