package nl.kringwerk.material.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import nl.kringwerk.material.domain.UsageFigures;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.StepKind;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MaterialServicesTest extends ServiceTest {

    static final Locale NL = Translations.DUTCH;

    @Autowired
    MaterialLibrary library;

    @Autowired
    SessionThemes themes;

    @Autowired
    MaterialRepository materials;

    @Autowired
    MaterialVersionRepository versions;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Autowired
    Savings savings;

    TestWorld.World world;

    @BeforeEach
    void twoOrganisations() {
        world = testWorld.create();
        signInAs(world.facilitatorA());
    }

    static MaterialDraft draft(String title, MaterialFor forType, int... stepMinutes) {
        List<MaterialDraft.Step> steps = IntStream.range(0, stepMinutes.length)
                .mapToObj(i -> new MaterialDraft.Step(stepMinutes[i], title + ": stap " + (i + 1), null))
                .toList();
        return new MaterialDraft(
                title,
                null,
                forType,
                "geld, samen",
                "Het doel van " + title + ".",
                null,
                null,
                null,
                "Houd het licht.",
                null,
                IntStream.of(stepMinutes).sum(),
                steps,
                List.of(new MaterialDraft.Question("Wat vind jij?", null)));
    }

    @Test
    void everyInstallationHasTheStarterLibraryForEveryoneWhoPreparesSessions() {
        for (String reader : List.of(world.facilitatorA(), world.coordinatorB(), world.admin())) {
            signInAs(reader);
            List<MaterialCard> starter = library.library(MaterialFilter.ALL, NL).stream()
                    .filter(c -> c.owner() == null)
                    .toList();
            assertThat(starter)
                    .as(reader)
                    .hasSizeGreaterThanOrEqualTo(14)
                    .extracting(MaterialCard::title)
                    .contains("Complimenten geven en krijgen", "Schaamte over geld", "Wat geeft je kracht?");
        }
        signInAs(world.facilitatorA());
        assertThat(library.library(MaterialFilter.ALL, Locale.ENGLISH))
                .extracting(MaterialCard::title)
                .contains("Giving and receiving compliments");
    }

    @Test
    void searchAndFiltersNarrowTheLibrary() {
        assertThat(library.library(new MaterialFilter("toeslag", null, null, null), NL))
                .extracting(MaterialCard::title)
                .contains("Toeslagen en regelingen die je misschien mist")
                .doesNotContain("Complimenten geven en krijgen");
        // Words in any order, without accents or capitals, also in steps and questions.
        assertThat(library.library(new MaterialFilter("DIGID brief", null, null, null), NL))
                .extracting(MaterialCard::title)
                .contains("Brieven van instanties samen lezen");
        List<MaterialCard> listeningOnly =
                library.library(new MaterialFilter(null, MaterialFor.LISTENING_GROUP, null, null), NL);
        assertThat(listeningOnly)
                .extracting(MaterialCard::title)
                .contains("Familie en mantelzorg", "Complimenten geven en krijgen")
                .doesNotContain("Budgetteren zonder betutteling");
        assertThat(library.library(new MaterialFilter(null, null, "schaamte", null), NL))
                .extracting(MaterialCard::title)
                .containsExactly("Schaamte over geld");
        assertThat(library.library(new MaterialFilter(null, null, null, 30), NL))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.minutes()).isLessThanOrEqualTo(30));
        assertThat(library.themes()).contains("schaamte", "toeslagen", "mantelzorg");
    }

    @Test
    void editingAPieceUsedByAPastSessionLeavesThatSessionAsItWas() {
        long group = testWorld.listeningGroup(world);
        long piece = library.create(draft("Thuis en buurt", MaterialFor.LISTENING_GROUP, 10, 20), false, false);
        long session = plans.planNext(group);
        themes.prepare(group, session, piece, NL);
        List<RunState.Step> theme = themeSteps(session);
        assertThat(theme)
                .extracting(RunState.Step::detail)
                .containsExactly("Thuis en buurt: stap 1", "Thuis en buurt: stap 2");
        // The theme comes before the core round.
        assertThat(runner.run(session).steps().get(5).kind()).isEqualTo(StepKind.THEME);
        assertThat(runner.run(session).steps().get(7).kind()).isEqualTo(StepKind.CORE_ROUND);
        hold(session);
        themes.reflect(group, session, UseReflection.WORKED_WELL);

        int version = library.edit(
                piece, draft("Thuis, buurt en stad", MaterialFor.LISTENING_GROUP, 15, 15, 15), true, false);

        assertThat(version).isEqualTo(2);
        assertThat(library.piece(piece).dutch().title()).isEqualTo("Thuis, buurt en stad");
        assertThat(library.piece(piece).versionNumber()).isEqualTo(2);
        PreparedTheme used = themes.prepared(group, session, NL).orElseThrow();
        assertThat(used.title()).isEqualTo("Thuis en buurt");
        assertThat(used.versionNumber()).isEqualTo(1);
        assertThat(used.steps())
                .extracting(MaterialPiece.Step::text)
                .containsExactly("Thuis en buurt: stap 1", "Thuis en buurt: stap 2");
        assertThat(themeSteps(session))
                .extracting(RunState.Step::detail)
                .containsExactly("Thuis en buurt: stap 1", "Thuis en buurt: stap 2");
        assertThat(versions.findByMaterialIdAndNumber(piece, 1).orElseThrow().title(false))
                .isEqualTo("Thuis en buurt");
        assertThat(library.piece(piece).usage()).isEqualTo(new UsageFigures(1, 1, 0, 0));
    }

    @Test
    void aFacilitatorNeverSeesOrOpensAnotherOrganisationsPrivatePiece() {
        signInAs(world.facilitatorB());
        long secret = library.create(draft("Geheimpje van B", MaterialFor.BOTH, 30), false, false);
        long shared = library.create(draft("Gedeeld door B", MaterialFor.BOTH, 30), true, false);

        signInAs(world.facilitatorA());
        assertThat(library.library(MaterialFilter.ALL, NL))
                .extracting(MaterialCard::title)
                .contains("Gedeeld door B")
                .doesNotContain("Geheimpje van B");
        assertThat(library.library(new MaterialFilter("geheimpje", null, null, null), NL))
                .isEmpty();
        assertThatThrownBy(() -> library.piece(secret)).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> library.copy(secret)).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> library.edit(secret, draft("Van A", MaterialFor.BOTH, 30), false, false))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        long planned = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        assertThatThrownBy(() -> themes.prepare(world.groupA(), planned, secret, NL))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(circle.sessionId).isPositive();

        // A shared piece can be read and copied, not edited; the copy is A's own and private.
        MaterialPiece sharedPiece = library.piece(shared);
        assertThat(sharedPiece.mayEdit()).isFalse();
        assertThat(sharedPiece.mayCopy()).isTrue();
        refused(
                () -> library.edit(shared, draft("Van A", MaterialFor.BOTH, 30), false, false),
                "error.material-not-yours");
        long copy = library.copy(shared);
        MaterialPiece own = library.piece(copy);
        assertThat(own.mayEdit()).isTrue();
        assertThat(own.shared()).isFalse();
        assertThat(own.dutch().title()).isEqualTo("Gedeeld door B");
        library.edit(copy, draft("Onze versie", MaterialFor.BOTH, 30), false, false);
        signInAs(world.facilitatorB());
        assertThat(library.piece(shared).dutch().title()).isEqualTo("Gedeeld door B");
        assertThatThrownBy(() -> library.piece(copy)).isInstanceOf(NotFoundOrNotAllowedException.class);

        // Funders and officers do not read the library at all.
        for (String outsider : List.of(world.funder(), world.officerA())) {
            signInAs(outsider);
            assertThatThrownBy(() -> library.library(MaterialFilter.ALL, NL))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> library.piece(shared)).isInstanceOf(NotFoundOrNotAllowedException.class);
        }
    }

    @Test
    void nobodyOutsideTheGroupPreparesOrReflectsOnItsSessions() throws Throwable {
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        long planned = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        long starter = library.library(new MaterialFilter("complimenten", null, null, null), NL)
                .get(0)
                .id();
        themes.prepare(world.groupA(), planned, starter, NL);
        List<Object> services = List.of(library, themes);
        List<Method> methods =
                ServiceMethods.takingFirst(List.of("groupId"), MaterialLibrary.class, SessionThemes.class);
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "themePlan",
                        "prepare",
                        "prepared",
                        "reflect",
                        "changeStepMinutes",
                        "removeStep",
                        "addStep",
                        "choicesFor");
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder(), world.officerA())) {
            signInAs(outsider);
            for (Method method : methods) {
                if (outsider.equals(world.officerA()) && method.getName().equals("prepared")) {
                    continue; // the chair reads the prepared theme in meeting mode
                }
                Object[] args = arguments(method, world.groupA(), planned, starter);
                assertThatThrownBy(() -> ServiceMethods.callOn(services, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        signInAs(world.facilitatorA());
        assertThat(themes.prepared(world.groupA(), planned, NL).orElseThrow().steps())
                .hasSize(4);
        assertThat(circle.sessionId).isNotEqualTo(planned);
    }

    @Test
    void aSavingsSessionsThemeIsAdjustedForThatSessionOnlyAndReflectedOnAfterwards() {
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        long next = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(1)
                .id();
        long piece = library.library(new MaterialFilter("complimenten", null, null, null), NL)
                .get(0)
                .id();
        refused(
                () -> themes.prepare(world.groupA(), circle.sessionId, piece, NL),
                "error.material-session-not-planned");
        themes.prepare(world.groupA(), next, piece, NL);
        assertThat(themes.prepared(world.groupA(), next, NL).orElseThrow().minutes())
                .isEqualTo(30);

        refused(() -> themes.changeStepMinutes(world.groupA(), next, 0, 0), "error.step-minutes");
        refused(() -> themes.changeStepMinutes(world.groupA(), next, 0, 181), "error.step-minutes");
        refused(() -> themes.addStep(world.groupA(), next, " ", 5), "error.required");
        assertThat(themes.prepared(world.groupA(), next, NL).orElseThrow().minutes())
                .isEqualTo(30);
        themes.changeStepMinutes(world.groupA(), next, 0, 8);
        themes.removeStep(world.groupA(), next, 3);
        themes.addStep(world.groupA(), next, "Samen een liedje zingen", 4);
        PreparedTheme prepared = themes.prepared(world.groupA(), next, NL).orElseThrow();
        assertThat(prepared.steps()).extracting(MaterialPiece.Step::minutes).containsExactly(8, 10, 10, 4);
        assertThat(prepared.steps().get(3).text()).isEqualTo("Samen een liedje zingen");
        // The library is untouched.
        assertThat(library.piece(piece).dutch().steps())
                .extracting(MaterialPiece.Step::minutes)
                .containsExactly(5, 10, 10, 5);

        refused(() -> themes.reflect(world.groupA(), next, UseReflection.SO_SO), "error.material-session-not-held");
        long before = library.piece(piece).usage().used();
        savings.sessions().closeSession(circle.sessionId, "0");
        for (long member : circle.members) {
            savings.sessions().markAttendance(next, member, AttendanceStatus.PRESENT);
        }
        savings.sessions().openSession(next, circle.roles());
        savings.sessions().closeSession(next, "0");
        themes.reflect(world.groupA(), next, UseReflection.SO_SO);
        themes.reflect(world.groupA(), next, UseReflection.WORKED_WELL); // a second tap changes it
        UsageFigures after = library.piece(piece).usage();
        assertThat(after.used()).isEqualTo(before + 1);
        assertThat(themes.themePlan(world.groupA(), NL).past())
                .singleElement()
                .satisfies(l -> assertThat(l.reflection()).isEqualTo(UseReflection.WORKED_WELL));
        refused(() -> themes.changeStepMinutes(world.groupA(), next, 0, 9), "error.session-closed");

        // Another organisation sees its own figures, not A's.
        signInAs(world.coordinatorB());
        assertThat(library.piece(piece).usage()).isEqualTo(UsageFigures.NONE);
    }

    @Test
    void badMaterialIsRefusedInDutchAndNothingIsSaved() {
        long before = materials.count();
        MaterialDraft good = draft("Goed stuk", MaterialFor.BOTH, 10, 20);
        refused(
                () -> library.create(with(good, "", good.steps(), good.minutes(), "geld"), false, false),
                "error.required");
        refused(
                () -> library.create(with(good, "x".repeat(121), good.steps(), good.minutes(), "geld"), false, false),
                "error.too-long");
        refused(
                () -> library.create(with(good, "Titel", List.of(), 30, "geld"), false, false),
                "error.material-no-steps");
        refused(
                () -> library.create(
                        with(good, "Titel", List.of(new MaterialDraft.Step(30, "  ", null)), 30, "geld"), false, false),
                "error.material-step-text");
        refused(
                () -> library.create(
                        with(good, "Titel", List.of(new MaterialDraft.Step(0, "Praten", null)), 30, "geld"),
                        false,
                        false),
                "error.material-step-minutes");
        refused(
                () -> library.create(
                        with(good, "Titel", List.of(new MaterialDraft.Step(181, "Praten", null)), 181, "geld"),
                        false,
                        false),
                "error.material-step-minutes");
        refused(
                () -> library.create(
                        with(good, "Titel", good.steps(), good.minutes(), "geld, " + "t".repeat(41)), false, false),
                "error.material-tag-too-long");
        refused(
                () -> library.create(with(good, "Titel", good.steps(), 45, "geld"), false, false),
                "error.material-duration-mismatch");
        assertThat(materials.count()).isEqualTo(before);

        // A duration that differs from the steps is only a warning: confirmed, it is saved.
        long saved = library.create(with(good, "Titel", good.steps(), 45, "geld"), false, true);
        assertThat(library.piece(saved).minutes()).isEqualTo(45);
        // Markup is kept as typed (the screens show it as text).
        long markup =
                library.create(with(good, "<b>Vet</b> & <script>x</script>", good.steps(), 30, "geld"), false, false);
        assertThat(library.piece(markup).dutch().title()).isEqualTo("<b>Vet</b> & <script>x</script>");
        refused(() -> library.edit(markup, with(good, "", good.steps(), 30, "geld"), false, false), "error.required");
        assertThat(library.piece(markup).versionNumber()).isEqualTo(1);
    }

    private static MaterialDraft with(
            MaterialDraft d, String title, List<MaterialDraft.Step> steps, int minutes, String tags) {
        return new MaterialDraft(
                title,
                d.titleEn(),
                d.forType(),
                tags,
                d.goalNl(),
                d.goalEn(),
                d.bringNl(),
                d.bringEn(),
                d.noteNl(),
                d.noteEn(),
                minutes,
                steps,
                d.questions());
    }

    private List<RunState.Step> themeSteps(long session) {
        return runner.run(session).steps().stream()
                .filter(s -> s.kind() == StepKind.THEME)
                .toList();
    }

    private void hold(long session) {
        runner.run(session).attendance().forEach(a -> plans.markAttendance(session, a.memberId(), Presence.PRESENT));
        runner.start(session);
        runner.finish(session);
    }

    private static Object[] arguments(Method method, long group, long session, long piece) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = switch (parameters[i].getName()) {
                case "groupId" -> group;
                case "sessionId" -> session;
                case "materialId" -> piece;
                case "position" -> 0;
                case "minutes" -> 10;
                case "text", "words" -> "Iets";
                case "reflection" -> UseReflection.WORKED_WELL;
                case "locale" -> NL;
                default -> throw new IllegalArgumentException(parameters[i].getName());
            };
        }
        return args;
    }
}
