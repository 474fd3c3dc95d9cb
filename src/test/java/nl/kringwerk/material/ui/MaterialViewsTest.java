package nl.kringwerk.material.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.service.MaterialFilter;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library and preparing a session through the screens: search, filter, open a piece, choose it
 * for the next session of a savings circle, adjust it for that session, reflect after the session,
 * and see the usage figures change. A piece with markup in its title shows the markup as text.
 */
class MaterialViewsTest extends KaribuTest {

    @Autowired
    MaterialLibrary library;

    @Autowired
    Savings savings;

    @Test
    void searchFilterPrepareReflectAndTheFiguresFollow() {
        TestWorld.World world = testWorld.create();
        login(world.facilitatorA());
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        long next = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();

        navigate("materiaal");
        int all = cards().size();
        assertThat(all).isGreaterThanOrEqualTo(14);
        _setValue(_get(TextField.class, spec -> spec.withId("material-search")), "toeslagen");
        assertThat(cards())
                .contains("Toeslagen en regelingen die je misschien mist")
                .doesNotContain("Complimenten geven en krijgen");
        _setValue(_get(TextField.class, spec -> spec.withId("material-search")), "");
        @SuppressWarnings("unchecked")
        Select<MaterialFor> type = _get(Select.class, spec -> spec.withId("material-type"));
        _setValue(type, MaterialFor.LISTENING_GROUP);
        assertThat(cards())
                .contains("Familie en mantelzorg", "Complimenten geven en krijgen")
                .doesNotContain("Budgetteren zonder betutteling");
        _setValue(type, null);
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = _get(ComboBox.class, spec -> spec.withId("material-theme"));
        _setValue(theme, "schaamte");
        assertThat(cards()).containsExactly("Schaamte over geld");
        _setValue(theme, null);
        @SuppressWarnings("unchecked")
        Select<Integer> length = _get(Select.class, spec -> spec.withId("material-length"));
        _setValue(length, 30);
        assertThat(cards()).contains("Complimenten geven en krijgen").doesNotContain("Schaamte over geld");
        _setValue(length, null);
        _setValue(_get(TextField.class, spec -> spec.withId("material-search")), "zzzz-niets");
        assertThat(_get(Span.class, spec -> spec.withId("material-count")).getText())
                .startsWith("Niets gevonden");

        long piece = library.library(new MaterialFilter("complimenten", null, null, null), getLocale())
                .get(0)
                .id();
        navigate("materiaal/" + piece);
        assertThat(_get(H1.class, spec -> spec.withId("piece-title")).getText())
                .isEqualTo("Complimenten geven en krijgen");
        assertThat(usage()).isEqualTo("Nog niet gebruikt in jullie bijeenkomsten");

        navigate("groepen/" + world.groupA());
        click("choose-theme-" + next);
        _setValue(_get(TextField.class, spec -> spec.withId("choose-search")), "complimenten");
        click("take-" + piece);
        assertThat(_get(Span.class, spec -> spec.withId("theme-" + next)).getText())
                .isEqualTo("Complimenten geven en krijgen · 30 min");
        click("adjust-theme-" + next);
        IntegerField first = _get(IntegerField.class, spec -> spec.withId("prepared-minutes-0"));
        _setValue(first, 0);
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("Kies 1 tot en met 180 minuten.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("prepared-minutes-0")), 15);
        assertThat(_get(Span.class, spec -> spec.withId("prepared-total")).getText())
                .isEqualTo("Samen 40 minuten");
        click("prepare-done");
        assertThat(_get(Span.class, spec -> spec.withId("theme-" + next)).getText())
                .isEqualTo("Complimenten geven en krijgen · 40 min");

        // The session is held; afterwards one tap says how the theme went.
        savings.sessions().closeSession(circle.sessionId, "0");
        circle.members.forEach(m -> savings.sessions().markAttendance(next, m, AttendanceStatus.PRESENT));
        savings.sessions().openSession(next, circle.roles());
        navigate("bijeenkomst/" + next);
        assertThat(_get(H2.class, spec -> spec.withText("Thema: Complimenten geven en krijgen")))
                .isNotNull();
        savings.sessions().closeSession(next, "0");
        navigate("groepen/" + world.groupA());
        click("reflect-" + next + "-WORKED_WELL");
        assertThat(_get(Button.class, spec -> spec.withId("reflect-" + next + "-WORKED_WELL"))
                        .getThemeName())
                .contains("primary");
        navigate("materiaal/" + piece);
        assertThat(usage()).isEqualTo("Gebruikt in 1 bijeenkomst: 1 goed, 0 gaat wel, 0 niet goed");
    }

    @Test
    void aNewPieceIsCheckedBeforeSavingAndMarkupShowsAsText() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        navigate("materiaal");
        click("new-material");
        click("save-material");
        assertThat(_get(TextField.class, spec -> spec.withId("field-titleNl")).getErrorMessage())
                .isEqualTo("Vul dit in.");
        assertThat(_get(Span.class, spec -> spec.withId("steps-error")).getText())
                .contains("Stap 1: schrijf wat je doet.")
                .contains("Stap 1: kies 1 tot en met 180 minuten.");

        _setValue(_get(TextField.class, spec -> spec.withId("field-titleNl")), "<b>Vet</b> thema");
        @SuppressWarnings("unchecked")
        Select<MaterialFor> forType = _get(Select.class, spec -> spec.withId("field-forType"));
        _setValue(forType, MaterialFor.BOTH);
        _setValue(_get(TextField.class, spec -> spec.withId("field-tags")), "wonen");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-goalNl")), "Praten over <i>wonen</i>.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("step-minutes-1")), 20);
        _setValue(_get(TextArea.class, spec -> spec.withId("step-text-1")), "Ieder vertelt over haar huis.");
        click("add-material-step");
        _setValue(_get(IntegerField.class, spec -> spec.withId("step-minutes-2")), 10);
        _setValue(_get(TextArea.class, spec -> spec.withId("step-text-2")), "Afsluiten.");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-questions")), "Waar woon je graag?\nWat mis je?");
        _setValue(_get(IntegerField.class, spec -> spec.withId("field-minutes")), 45);
        click("save-material");
        // 45 minutes against steps of 30: a warning to confirm, nothing saved yet.
        assertThat(_get(IntegerField.class, spec -> spec.withId("field-minutes"))
                        .getErrorMessage())
                .contains("(45 min)")
                .contains("(samen 30 min)");
        assertThat(library.library(new MaterialFilter("wonen", null, null, null), getLocale()))
                .isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("field-duration-ok")), true);
        click("save-material");

        H1 title = _get(H1.class, spec -> spec.withId("piece-title"));
        assertThat(title.getText()).isEqualTo("<b>Vet</b> thema");
        // One text node, no element and no innerHTML: the browser shows the tags as typed.
        assertThat(title.getElement().getChildCount()).isEqualTo(1);
        assertThat(title.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(title.getElement().getProperty("innerHTML")).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("piece-goal")).getText())
                .isEqualTo("Praten over <i>wonen</i>.");
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .contains("Waar woon je graag?", "Wat mis je?");
    }

    @Test
    void aMistakeInTheFoldedEnglishVersionOpensItAndIsNamedAtTheTop() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        navigate("materiaal");
        click("new-material");
        _setValue(_get(TextField.class, spec -> spec.withId("field-titleNl")), "Wonen");
        @SuppressWarnings("unchecked")
        Select<MaterialFor> forType = _get(Select.class, spec -> spec.withId("field-forType"));
        _setValue(forType, MaterialFor.BOTH);
        _setValue(_get(IntegerField.class, spec -> spec.withId("step-minutes-1")), 20);
        _setValue(_get(TextArea.class, spec -> spec.withId("step-text-1")), "Ieder vertelt over haar huis.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("field-minutes")), 20);
        // One step, but two English lines.
        _setValue(_get(TextArea.class, spec -> spec.withId("field-stepsEn")), "Everyone tells.\nClosing.");
        click("save-material");

        assertThat(_get(Details.class, spec -> spec.withId("english-version")).isOpened())
                .isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("field-stepsEn")).isInvalid())
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("editor-error")).getText())
                .contains("Er zijn 1 regels nodig");
        assertThat(library.library(new MaterialFilter("Wonen", null, null, null), getLocale()))
                .isEmpty();
    }

    private static List<String> cards() {
        return _find(RouterLink.class, spec -> spec.withClasses("material-card")).stream()
                .map(link -> _get(link, Span.class, spec -> spec.withClasses("group-card-name"))
                        .getText())
                .toList();
    }

    private static String usage() {
        return _get(Span.class, spec -> spec.withId("piece-usage")).getText();
    }

    private static Locale getLocale() {
        return Translations.DUTCH;
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }
}
