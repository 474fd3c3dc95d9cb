package nl.kringwerk.sessions.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.DayOfWeek;
import java.util.List;
import nl.kringwerk.KringwerkTest;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.StepKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KringwerkTest
class ListeningServicesTest {

    @Autowired
    ListeningService listening;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestWorld testWorld;

    TestWorld.World world;
    long group;

    @BeforeEach
    void aListeningGroupLedByFacilitatorA() {
        world = testWorld.create();
        group = testWorld.listeningGroup(world);
        SignIn.as(users, world.facilitatorA());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theGroupKeepsItsOwnAgreementsStartingFromTheUsualOnes() {
        assertThat(listening.agreements(group)).isEmpty();
        listening.useUsualAgreements(group);
        listening.useUsualAgreements(group);
        assertThat(listening.agreements(group))
                .extracting(AgreementLine::text)
                .hasSize(5)
                .contains("Niks is verplicht, alleen luisteren.", "Wat hier gezegd wordt, blijft hier.");
        long own = listening.addAgreement(group, "  We beginnen op tijd.  ");
        listening.rewordAgreement(group, own, "We beginnen rustig.");
        AgreementLine first = listening.agreements(group).get(0);
        listening.removeAgreement(group, first.id());
        assertThat(listening.agreements(group))
                .extracting(AgreementLine::text)
                .hasSize(5)
                .endsWith("We beginnen rustig.")
                .doesNotContain(first.text());
        refused(() -> listening.addAgreement(group, "   "), "error.required");
        refused(() -> listening.addAgreement(group, "x".repeat(121)), "error.too-long");
        assertThat(listening.agreements(group)).hasSize(5);
    }

    @Test
    void aSessionIsPlannedOnTheGroupsMeetingDayWithTheUsualSteps() {
        long first = listening.planNext(group);
        long second = listening.planNext(group);
        RunState a = listening.run(first);
        RunState b = listening.run(second);
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
        long session = listening.planNext(group);
        listening.changeMinutes(session, 5, 30);
        listening.skipStep(session, 4, true);
        listening.moveStep(session, 3, true);
        listening.addStep(session, 6, "Pauze", 5);
        RunState plan = listening.run(session);
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
        refused(() -> listening.changeMinutes(session, 0, 0), "error.step-minutes");
        refused(() -> listening.changeMinutes(session, 0, -5), "error.step-minutes");
        refused(() -> listening.changeMinutes(session, 0, 181), "error.step-minutes");
        refused(() -> listening.addStep(session, 0, " ", 5), "error.required");
        refused(() -> listening.addStep(session, 0, "Koffie", 0), "error.step-minutes");
        assertThat(listening.run(session).steps()).hasSize(9);
        assertThat(listening.run(session).steps().get(0).minutes()).isEqualTo(10);
        assertThat(listening.run(listening.planNext(group)).plannedMinutes())
                .as("the next session starts fresh")
                .isEqualTo(110);
    }

    @Test
    void aSessionRunsFromTheFirstStepToTheLastAndKeepsOnlyWhatWasRunAndHowItWent() {
        long session = listening.planNext(group);
        refused(() -> listening.start(session), "error.nobody-present");
        List<RunState.Attendee> people = listening.run(session).attendance();
        for (int i = 0; i < people.size(); i++) {
            listening.markAttendance(session, people.get(i).memberId(), i == 0 ? Presence.EXCUSED : Presence.PRESENT);
        }
        listening.skipStep(session, 0, true);
        listening.start(session);
        assertThat(listening.run(session).currentStep())
                .as("starts at the first step not skipped")
                .isEqualTo(1);
        for (int step = 2; step < 8; step++) {
            listening.goTo(session, step);
        }
        listening.finish(session);
        RunState done = listening.run(session);
        assertThat(done.status()).isEqualTo(ListeningStatus.DONE);
        assertThat(done.steps())
                .extracting(RunState.Step::done)
                .containsExactly(false, true, true, true, true, true, true, true);
        assertThat(done.present()).hasSize(5);
        listening.stepRan(session, 4, false);
        listening.reflect(session, Reflection.MIXED);
        assertThat(listening.run(session).reflection()).isEqualTo(Reflection.MIXED);
        assertThat(listening.run(session).steps().get(4).done()).isFalse();
        refused(() -> listening.goTo(session, 2), "error.session-not-open");
        refused(
                () -> listening.markAttendance(session, people.get(0).memberId(), Presence.PRESENT),
                "error.session-closed");
    }

    @Test
    void hostAndTimeKeeperRotateAmongWhoIsHere() {
        long first = listening.planNext(group);
        List<RunState.Attendee> people = listening.run(first).attendance();
        people.forEach(p -> listening.markAttendance(first, p.memberId(), Presence.PRESENT));
        listening.start(first);
        RunState one = listening.run(first);
        assertThat(one.host()).isNotNull().isNotEqualTo(one.timeKeeper());
        listening.finish(first);

        long second = listening.planNext(group);
        people.forEach(p -> listening.markAttendance(
                second, p.memberId(), p.memberId() == one.host() ? Presence.ABSENT : Presence.PRESENT));
        var next = listening.suggestedTasks(second).orElseThrow();
        assertThat(next.holders().values()).as("the others get a turn").doesNotContain(one.host(), one.timeKeeper());
        refused(() -> listening.assignTasks(second, one.host(), null), "error.role-not-present");
        long someone = people.stream()
                .map(RunState.Attendee::memberId)
                .filter(m -> !m.equals(one.host()) && !m.equals(one.timeKeeper()))
                .findFirst()
                .orElseThrow();
        refused(() -> listening.assignTasks(second, someone, someone), "error.tasks-same-person");
        listening.assignTasks(second, someone, one.timeKeeper());
        assertThat(listening.run(second).host()).isEqualTo(someone);
    }

    @Test
    void nobodyOutsideTheGroupReachesItsAgreementsOrSessions() throws Exception {
        listening.useUsualAgreements(group);
        long agreement = listening.agreements(group).get(0).id();
        long session = listening.planNext(group);
        long member = listening.run(session).attendance().get(0).memberId();
        List<Method> methods = ServiceMethods.takingFirst(List.of("groupId", "sessionId"), ListeningService.class);
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "agreements", "addAgreement", "planNext", "run", "start", "goTo", "reflect", "markAttendance");
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            SignIn.as(users, outsider);
            for (Method method : methods) {
                Object[] args = arguments(method, session, agreement, member);
                assertThatThrownBy(() -> ServiceMethods.call(listening, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        SignIn.as(users, world.facilitatorA());
        assertThat(listening.agreements(group)).hasSize(5);
        assertThat(listening.run(session).status()).isEqualTo(ListeningStatus.PLANNED);
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
