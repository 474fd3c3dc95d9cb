package nl.kringwerk.savings.ui;

import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.StatementCounter;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one "Ja, gezien" costs the database (issue 22): every SQL statement the clicking request
 * sends, from the tap to the answer on the bookkeeper's screen, counted with datasource-proxy.
 */
class ConfirmCostTest extends KaribuTest {

    @Autowired
    Savings savings;

    @Test
    void aConfirmedDepositTakesAtMostFifteenStatements() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture meeting = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        for (String name : List.of("Anja", "Fatma", "Gloria")) {
            savings.bookings()
                    .bookDeposit(
                            meeting.sessionId,
                            meeting.member(name),
                            "10",
                            savings.bookings().newIdempotencyKey());
        }
        navigate("bijeenkomst/" + meeting.sessionId);
        long samira = meeting.member("Samira");
        click("count-" + samira);
        keypad("12,50");
        click("show-amount");
        MockVaadin.runUIQueue();

        List<String> statements = StatementCounter.statementsOf(() -> {
            click("confirm-seen");
            MockVaadin.runUIQueue();
        });

        System.out.printf("%n=== SQL statements of one confirmed deposit: %d ===%n", statements.size());
        statements.forEach(s -> System.out.println("  " + s.replaceAll("\\s+", " ")));
        assertThat(text("expected-box")).isEqualTo("€ 42,50");
        assertThat(statements).as("statements of one confirmed deposit").hasSizeLessThanOrEqualTo(15);
    }
}
