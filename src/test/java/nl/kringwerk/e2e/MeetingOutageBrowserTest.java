package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The database stops answering while the group looks at the amount, in a real browser: every request
 * passes the account check of the session first, then "Ja, gezien". The bookkeeper reads within seconds
 * that nothing was saved, the button can be pressed again, and once the database answers the same
 * confirmation books once. On the embedded MariaDB of MeetingOutageTest, never the shared one.
 */
@TestPropertySource(
        properties = {
            "kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-outage/base",
            "kringwerk.embedded-db.data-dir=${kringwerk.test-dir:target}/mariadb-outage/data"
        })
class MeetingOutageBrowserTest extends BrowserTest {

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void aDatabaseThatHangsAtJaGezienIsSaidWithinSecondsAndTheRetryBooksOnce() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        showTwelveFifty(world.memberA());

        ProcessHandle server = db.process().orElseThrow();
        Duration delay;
        signal("STOP", server);
        try {
            long clicked = System.nanoTime();
            page.locator("#confirm-seen").click();
            // The account check of the request and the booking may each wait out the 5 s answer limit.
            assertThat(page.locator("#booking-error"))
                    .hasText(
                            "De verbinding met de database is even weg. Er is niets opgeslagen. Probeer het zo"
                                    + " nog eens.",
                            new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            delay = Duration.ofNanos(System.nanoTime() - clicked);
            assertThat(page.locator("#confirm-seen")).isEnabled();
            assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
            screenshot("24-meeting-database-away");
        } finally {
            signal("CONT", server);
        }
        System.out.printf(
                "OUTAGE (browser): 'Ja, gezien' with the database hanging: the message after %d ms%n",
                delay.toMillis());
        Assertions.assertThat(delay).isLessThan(Duration.ofSeconds(15));
        Assertions.assertThat(deposits(sessionId)).isZero();

        page.locator("#confirm-seen").click();
        assertThat(page.locator("#shown-amount")).hasCount(0);
        Assertions.assertThat(deposits(sessionId)).isEqualTo(1);
    }

    private static void signal(String signal, ProcessHandle process) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            Assertions.assertThat(exit).as("kill -%s", signal).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
