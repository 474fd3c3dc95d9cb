package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The small things at the table that a chair with eight people around her notices at once. */
class AtTheTableTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Test
    void iedereenIsErMarksEveryoneNotYetOnTheListPresentInOneTap() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        long sessionId = plannedSession(world);
        long priya = circle.member("Priya");
        navigate("bijeenkomst/" + sessionId);
        click("mark-excused-" + priya);

        click("mark-everyone-present");

        assertThat(savings.records().meeting(sessionId).attendance())
                .allSatisfy(line -> assertThat(line.status())
                        .isEqualTo(line.memberId() == priya ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT));
        assertThat(savings.records().meeting(sessionId).present())
                .extracting(AttendanceLine::memberId)
                .hasSize(7)
                .doesNotContain(priya);
    }

    @Test
    void wieTeltNeverStartsWithTheSaverHerself() {
        SavingsFixture f = openSession();
        long anja = f.member("Anja"); // Anja is today's first counter
        long gloria = f.member("Gloria");

        click("count-" + anja);
        assertThat(whoCounts().getValue()).isEqualTo(gloria);
        cancel();
        click("count-" + gloria);
        assertThat(whoCounts().getValue()).isEqualTo(anja);
        cancel();
        click("count-" + f.member("Yvonne"));
        assertThat(whoCounts().getValue()).isEqualTo(anja);
    }

    @Test
    void theCloseButtonSaysTheBoxIsRightOnlyWhenItIs() {
        SavingsFixture f = openSession();
        deposit(f.member("Yvonne"), "10");

        assertThat(get(Button.class, "close-session").getText()).isEqualTo("Kas sluiten");
        type("counted-cash", "9,50");
        assertThat(get(Button.class, "close-session").getText()).isEqualTo("Kas klopt niet: verschil opschrijven");
        type("counted-cash", "10");
        assertThat(get(Button.class, "close-session").getText()).isEqualTo("Kas klopt: sluiten");
        type("counted-cash", "tien");
        assertThat(get(Button.class, "close-session").getText()).isEqualTo("Kas sluiten");
    }

    @Test
    void aNietsGespaardRowNamesNobodyAsCounter() {
        SavingsFixture f = openSession();
        long priya = f.member("Priya");
        click("nothing-" + priya);

        long entry = savings.records().meeting(f.sessionId).entries().stream()
                .filter(e -> e.kind() == EntryKind.NO_SAVING)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(allText("entry-" + entry)).contains("Niets gespaard").doesNotContain("geteld");
    }

    @Test
    void aRealKeyboardTypesOnTheKeypadEnterShowsAndEscapeGoesBack() {
        SavingsFixture f = openSession();
        click("count-" + f.member("Yvonne"));
        Dialog pad = _get(Dialog.class);
        for (String key : new String[] {"1", "2", ",", "5", "0", "9"}) {
            _fireShortcut(pad, Key.of(key));
        }
        _fireShortcut(pad, Key.BACKSPACE);
        assertThat(text("keypad-display")).isEqualTo("12,50");

        _fireShortcut(pad, Key.ENTER);
        assertThat(text("shown-amount")).isEqualTo("€ 12,50");
        _fireShortcut(pad, Key.ESCAPE);
        assertThat(LocatorJ._find(Span.class, spec -> spec.withId("shown-amount")))
                .isEmpty();
        assertThat(text("keypad-display")).isEqualTo("12,50");

        _fireShortcut(pad, Key.ESCAPE);
        assertThat(LocatorJ._find(Dialog.class)).isEmpty();
        assertThat(savings.records().meeting(f.sessionId).entries()).isEmpty();
    }

    private SavingsFixture openSession() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        navigate("bijeenkomst/" + f.sessionId);
        return f;
    }

    private long plannedSession(TestWorld.World world) {
        savings.cycles().startCycle(world.groupA(), SavingsFixture.rules());
        return savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Long> whoCounts() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("who-counts"));
    }

    private static void cancel() {
        LocatorJ._click(_get(Button.class, spec -> spec.withText("Annuleren")));
    }

    private static void deposit(long member, String amount) {
        click("count-" + member);
        keypad(amount);
        click("show-amount");
        click("confirm-seen");
    }
}
