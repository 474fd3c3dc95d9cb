package nl.kringwerk.loans.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import nl.kringwerk.ServiceMethods;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.loans.domain.LoanRepository;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.SocialFundDecision;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's loan can only be seen and handled within her own group. Every public method of the
 * loan and share-out services that takes a group, session or loan id is called by people of
 * another group and by a funder with group A's ids: each is refused like a stranger, and nothing
 * is written. Methods are found by reflection, so new ones are covered at once.
 */
class LoanAccessTest extends ServiceTest {

    @Autowired
    LoanService loans;

    @Autowired
    ShareOutService shareOut;

    @Autowired
    Savings savings;

    @Autowired
    LoanRepository loanRepository;

    @Autowired
    JournalEntryRepository journal;

    @Test
    void peopleOfOtherGroupsAndFundersReachNoLoanOfGroupA() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        savings.bookings()
                .bookDeposit(
                        f.sessionId,
                        f.member("Naima"),
                        "100",
                        savings.bookings().newIdempotencyKey());
        long loanId = loans.request(
                world.groupA(),
                new LoanRequest(f.member("Naima"), "50", 8, "Fiets"),
                savings.bookings().newIdempotencyKey());
        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(5, 0, 0), "0", RepaymentPlan.AT_END));
        long loansBefore = loanRepository.count();
        int entriesBefore = journal.findByCycleIdOrderById(f.cycleId).size();

        List<Method> methods = ServiceMethods.takingFirst(
                List.of("groupId", "sessionId", "loanId"), LoanService.class, ShareOutService.class);
        assertThat(methods)
                .extracting(Method::getName)
                .contains(
                        "request",
                        "decide",
                        "disburse",
                        "repay",
                        "loans",
                        "loan",
                        "room",
                        "view",
                        "fix",
                        "pay",
                        "closeCycle");
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorB(), world.funder())) {
            signInAs(outsider);
            for (Method method : methods) {
                Object[] args = argumentsFor(method, f, loanId);
                assertThatThrownBy(() -> ServiceMethods.call(
                                method.getDeclaringClass() == LoanService.class ? loans : shareOut, method, args))
                        .as("%s calling %s", outsider, method.getName())
                        .isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        signInAs(world.coordinatorA());
        assertThat(loanRepository.count()).isEqualTo(loansBefore);
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(entriesBefore);
        assertThat(loans.loan(loanId).purpose()).isEqualTo("Fiets");
    }

    private Object[] argumentsFor(Method method, SavingsFixture f, long loanId) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            Class<?> type = p.getType();
            args[i] = switch (p.getName()) {
                case "groupId" -> f.world.groupA();
                case "sessionId" -> f.sessionId;
                case "loanId" -> loanId;
                case "memberId" -> f.member("Naima");
                case "idempotencyKey", "requestKey" -> savings.bookings().newIdempotencyKey();
                default -> {
                    if (type == String.class) {
                        yield "10";
                    } else if (type == LoanRequest.class) {
                        yield new LoanRequest(f.member("Naima"), "10", 4, null);
                    } else if (type == LoanDecision.class) {
                        yield new LoanDecision(true, new Tally(5, 0, 0), "0", RepaymentPlan.AT_END);
                    } else if (type == SocialFundDecision.class) {
                        yield SocialFundDecision.CARRY_OVER;
                    }
                    throw new AssertionError("No test argument for " + p + " of " + method);
                }
            };
        }
        return args;
    }
}
