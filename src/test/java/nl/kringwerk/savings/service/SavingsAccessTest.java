package nl.kringwerk.savings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.SessionRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public Savings method that takes a group or session id, called by people of
 * another group (and by a funder) with group A's ids, is refused like a stranger, and nothing is
 * booked. Methods are found by reflection, so new ones are covered at once.
 */
class SavingsAccessTest extends ServiceTest {

    private static final Function<BookingContext, List<?>> NOTHING_TO_BOOK = c -> List.of();

    @Autowired
    Savings savings;

    @Autowired
    SavingsFacts facts;

    @Autowired
    EveningPapers papers;

    @Autowired
    GroupService groups;

    @Autowired
    JournalEntryRepository journal;

    @Test
    void peopleOfOtherGroupsAndFundersReachNoSavingsOfGroupA() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        EntryLine entry = savings.bookings()
                .bookDeposit(
                        f.sessionId,
                        f.member("Yvonne"),
                        "10",
                        savings.bookings().newIdempotencyKey());
        int entriesBefore = journal.findByCycleIdOrderById(f.cycleId).size();

        List<Object> services = List.of(
                savings.cycles(),
                savings.sessions(),
                savings.tasks(),
                savings.bookings(),
                savings.records(),
                facts,
                papers);
        List<Method> methods = ServiceMethods.takingFirst(
                List.of("groupId", "sessionId", "cycleId"),
                services.stream()
                        .map(Object::getClass)
                        .map(SavingsAccessTest::unproxied)
                        .toArray(Class<?>[]::new));
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "bookDeposit",
                        "reverse",
                        "closeSession",
                        "meeting",
                        "cycleJournal",
                        "startCycle",
                        "roles",
                        "openCycle",
                        "cycle",
                        "session",
                        "nextEvening");
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            signInAs(outsider);
            for (Method method : methods) {
                Object service = services.stream()
                        .filter(s -> method.getDeclaringClass().isInstance(s))
                        .findFirst()
                        .orElseThrow();
                Object[] args = argumentsFor(method, f, entry.id());
                assertThatThrownBy(() -> ServiceMethods.call(service, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(entriesBefore);
    }

    /** Spring's proxy of a @Transactional service is a subclass; the methods are the service's own. */
    private static Class<?> unproxied(Class<?> type) {
        return type.getName().contains("$$") ? type.getSuperclass() : type;
    }

    private Object[] argumentsFor(Method method, SavingsFixture f, long entryId) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            Class<?> type = p.getType();
            args[i] = switch (p.getName()) {
                case "groupId" -> f.world.groupA();
                case "sessionId" -> f.sessionId;
                case "cycleId" -> f.cycleId;
                case "memberId" -> f.member("Naima");
                case "countedBy" -> f.member("Anja");
                case "entryId" -> entryId;
                case "idempotencyKey" -> savings.bookings().newIdempotencyKey();
                default -> {
                    if (type == String.class) {
                        yield "10";
                    } else if (type == SessionRoles.class) {
                        yield f.roles();
                    } else if (type == AttendanceStatus.class) {
                        yield AttendanceStatus.ABSENT;
                    } else if (type == CycleRules.class) {
                        yield SavingsFixture.rules();
                    } else if (type == Collection.class) {
                        yield List.of();
                    } else if (type == int.class) {
                        yield 4;
                    } else if (type == boolean.class) {
                        yield true;
                    } else if (type == Function.class) {
                        yield NOTHING_TO_BOOK;
                    }
                    throw new AssertionError("No test argument for " + p + " of " + method);
                }
            };
        }
        return args;
    }
}
