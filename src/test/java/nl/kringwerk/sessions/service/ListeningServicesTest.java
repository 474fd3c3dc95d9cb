package nl.kringwerk.sessions.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Properties;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.sessions.domain.Agreement;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.StepKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ListeningServicesTest extends ServiceTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    TestWorld.World world;
    long group;

    @BeforeEach
    void aListeningGroupLedByFacilitatorA() {
        world = testWorld.create();
        group = testWorld.listeningGroup(world);
        signInAs(world.facilitatorA());
    }

    @Test
    void theGroupKeepsItsOwnAgreementsStartingFromTheUsualOnes() {
        assertThat(agreements.agreements(group)).isEmpty();
        agreements.useUsualAgreements(group);
        agreements.useUsualAgreements(group);
        assertThat(agreements.agreements(group))
                .extracting(AgreementLine::text)
                .hasSize(5)
                .contains("Niks is verplicht, alleen luisteren.", "Wat hier gezegd wordt, blijft hier.");
        long own = agreements.addAgreement(group, "  We beginnen op tijd.  ");
        agreements.rewordAgreement(group, own, "We beginnen rustig.");
        AgreementLine first = agreements.agreements(group).get(0);
        agreements.removeAgreement(group, first.id());
        assertThat(agreements.agreements(group))
                .extracting(AgreementLine::text)
                .hasSize(5)
                .endsWith("We beginnen rustig.")
                .doesNotContain(first.text());
        refused(() -> agreements.addAgreement(group, "   "), "error.required");
        refused(() -> agreements.addAgreement(group, "x".repeat(121)), "error.too-long");
        assertThat(agreements.agreements(group)).hasSize(5);
    }

    @Test
    void theUsualAgreementsAreTheDutchTextsOfTheTranslationBundles() throws IOException {
        Properties dutch = bundle("/i18n/messages_nl.properties");
        Properties english = bundle("/i18n/messages_en.properties");
        agreements.useUsualAgreements(group);
        assertThat(agreements.agreements(group))
                .extracting(AgreementLine::text)
                .containsExactlyElementsOf(
                        Agreement.USUAL_KEYS.stream().map(dutch::getProperty).toList());
        assertThat(Agreement.USUAL_KEYS)
                .as("each usual agreement has an English text of its own")
                .allSatisfy(
                        key -> assertThat(english.getProperty(key)).isNotBlank().isNotEqualTo(dutch.getProperty(key)));
    }

    @Test
    void aSessionIsPlannedOnTheGroupsMeetingDayWithTheUsualSteps() {
        long first = plans.planNext(group);
        long second = plans.planNext(group);
        RunState a = runner.run(first);
        RunState b = runner.run(second);
        assertThat(a.date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(b.date()).isEqualTo(a.date().plusWeeks(2));
        assertThat(a.steps())
                .extracting(RunState.Step::kind)
                .containsExactly(
                        StepKind.WELCOME,
                        StepKind.WHY_WE_ARE_HERE,
                        StepKind.AGREEMENTS_ROUND,
                        StepKind.SOMETHING_GOOD,
                        StepKind.EXERCISE,
                        StepKind.CORE_ROUND,
                        StepKind.RECOGNITION,
                        StepKind.CLOSING_ROUND);
        assertThat(a.plannedMinutes()).isEqualTo(110);
    }

    @Test
    void thePlanIsAdjustedForThisSessionOnlyAndBadStepsAreRefused() {
        long session = plans.planNext(group);
        plans.changeMinutes(session, 5, 30);
        plans.skipStep(session, 4, true);
        plans.moveStep(session, 3, true);
        plans.addStep(session, 6, "Pauze", 5);
        RunState plan = runner.run(session);
        assertThat(plan.steps())
                .extracting(RunState.Step::kind)
                .containsExactly(
                        StepKind.WELCOME,
                        StepKind.WHY_WE_ARE_HERE,
                        StepKind.SOMETHING_GOOD,
                        StepKind.AGREEMENTS_ROUND,
                        StepKind.EXERCISE,
                        StepKind.CORE_ROUND,
                        StepKind.RECOGNITION,
                        StepKind.EXTRA,
                        StepKind.CLOSING_ROUND);
        assertThat(plan.steps().get(7).title()).isEqualTo("Pauze");
        assertThat(plan.plannedMinutes()).isEqualTo(110 - 40 + 30 - 5 + 5);
        refused(() -> plans.changeMinutes(session, 0, 0), "error.step-minutes");
        refused(() -> plans.changeMinutes(session, 0, -5), "error.step-minutes");
        refused(() -> plans.changeMinutes(session, 0, 181), "error.step-minutes");
        refused(() -> plans.addStep(session, 0, " ", 5), "error.required");
        refused(() -> plans.addStep(session, 0, "Koffie", 0), "error.step-minutes");
        assertThat(runner.run(session).steps()).hasSize(9);
        assertThat(runner.run(session).steps().get(0).minutes()).isEqualTo(10);
        assertThat(runner.run(plans.planNext(group)).plannedMinutes())
                .as("the next session starts fresh")
                .isEqualTo(110);
    }

    @Test
    void aSessionRunsFromTheFirstStepToTheLastAndKeepsOnlyWhatWasRunAndHowItWent() {
        long session = plans.planNext(group);
        refused(() -> runner.start(session), "error.nobody-present");
        List<RunState.Attendee> people = runner.run(session).attendance();
        for (int i = 0; i < people.size(); i++) {
            plans.markAttendance(session, people.get(i).memberId(), i == 0 ? Presence.EXCUSED : Presence.PRESENT);
        }
        plans.skipStep(session, 0, true);
        runner.start(session);
        assertThat(runner.run(session).currentStep())
                .as("starts at the first step not skipped")
                .isEqualTo(1);
        for (int step = 2; step < 8; step++) {
            runner.goTo(session, step);
        }
        runner.finish(session);
        RunState done = runner.run(session);
        assertThat(done.status()).isEqualTo(ListeningStatus.DONE);
        assertThat(done.steps())
                .extracting(RunState.Step::done)
                .containsExactly(false, true, true, true, true, true, true, true);
        assertThat(done.present()).hasSize(5);
        runner.stepRan(session, 4, false);
        runner.reflect(session, Reflection.MIXED);
        assertThat(runner.run(session).reflection()).isEqualTo(Reflection.MIXED);
        assertThat(runner.run(session).steps().get(4).done()).isFalse();
        refused(() -> runner.goTo(session, 2), "error.session-not-open");
        refused(
                () -> plans.markAttendance(session, people.get(0).memberId(), Presence.PRESENT),
                "error.session-closed");
    }

    @Test
    void hostAndTimeKeeperRotateAmongWhoIsHere() {
        long first = plans.planNext(group);
        List<RunState.Attendee> people = runner.run(first).attendance();
        people.forEach(p -> plans.markAttendance(first, p.memberId(), Presence.PRESENT));
        runner.start(first);
        RunState one = runner.run(first);
        assertThat(one.host()).isNotNull().isNotEqualTo(one.timeKeeper());
        runner.finish(first);

        long second = plans.planNext(group);
        people.forEach(p -> plans.markAttendance(
                second, p.memberId(), p.memberId() == one.host() ? Presence.ABSENT : Presence.PRESENT));
        var next = plans.suggestedTasks(second).orElseThrow();
        assertThat(next.holders().values()).as("the others get a turn").doesNotContain(one.host(), one.timeKeeper());
        refused(() -> plans.assignTasks(second, one.host(), null), "error.role-not-present");
        long someone = people.stream()
                .map(RunState.Attendee::memberId)
                .filter(m -> !m.equals(one.host()) && !m.equals(one.timeKeeper()))
                .findFirst()
                .orElseThrow();
        refused(() -> plans.assignTasks(second, someone, someone), "error.tasks-same-person");
        plans.assignTasks(second, someone, one.timeKeeper());
        assertThat(runner.run(second).host()).isEqualTo(someone);
    }

    @Test
    void nobodyOutsideTheGroupReachesItsAgreementsOrSessions() throws Exception {
        agreements.useUsualAgreements(group);
        long agreement = agreements.agreements(group).get(0).id();
        long session = plans.planNext(group);
        long member = runner.run(session).attendance().get(0).memberId();
        List<Object> services = List.of(agreements, plans, runner);
        List<Method> methods = ServiceMethods.takingFirst(
                List.of("groupId", "sessionId"),
                AgreementService.class,
                ListeningPlanService.class,
                ListeningRunService.class);
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "agreements", "addAgreement", "planNext", "run", "start", "goTo", "reflect", "markAttendance");
        assertThat(methods)
                .extracting(Method::getDeclaringClass)
                .contains(AgreementService.class, ListeningPlanService.class, ListeningRunService.class);
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            signInAs(outsider);
            for (Method method : methods) {
                Object[] args = arguments(method, session, agreement, member);
                assertThatThrownBy(() -> ServiceMethods.callOn(services, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        signInAs(world.facilitatorA());
        assertThat(agreements.agreements(group)).hasSize(5);
        assertThat(runner.run(session).status()).isEqualTo(ListeningStatus.PLANNED);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ListeningServicesTest.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    private Object[] arguments(Method method, long session, long agreement, long member) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            args[i] = switch (parameters[i].getName()) {
                case "groupId" -> group;
                case "sessionId" -> session;
                case "agreementId" -> agreement;
                case "memberId" -> member;
                default ->
                    type == String.class
                            ? "Tekst"
                            : type == int.class || type == Integer.class
                                    ? 1
                                    : type == boolean.class
                                            ? true
                                            : type == Presence.class
                                                    ? Presence.PRESENT
                                                    : type == Reflection.class
                                                            ? Reflection.GOOD
                                                            : type == Long.class ? member : null;
            };
        }
        return args;
    }
}
