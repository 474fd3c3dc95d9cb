package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeper's screen is lost while the group looks at an amount (the app restarted, the tablet
 * reloaded the page). Only "Ja, gezien" books, so nothing half-done is in the journal; the screen that
 * comes back says what became of the count, instead of saying nothing.
 */
class LostCountBrowserTest extends BrowserTest {

    @Test
    void aCountLostBeforeJaGezienIsSaidToBeNotBookedWhenTheScreenComesBack() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        showTwelveFifty(world.memberA());

        // As after a restart of the app: the signed-in session is gone, the tab reloads.
        context.clearCookies();
        page.reload();
        logIn(world.coordinatorA(), TestWorld.PASSWORD);
        page.navigate(url("bijeenkomst/" + sessionId));

        assertThat(page.locator("#lost-count")).containsText("Samira");
        assertThat(page.locator("#lost-count")).containsText("€ 12,50");
        assertThat(page.locator("#lost-count")).containsText("niet opgeschreven");
        screenshot("25-meeting-lost-count");
        Assertions.assertThat(deposits(sessionId)).isZero();
        assertThat(page.locator("#count-" + world.memberA())).isVisible();

        // Said once.
        page.reload();
        assertThat(page.locator("#meeting-title")).isVisible();
        assertThat(page.locator("#lost-count")).hasCount(0);
    }

    @Test
    void aCountWhoseYesReachedTheServerButNotTheScreenIsSaidToBeBooked() {
        TestWorld.World world = testWorld.create();
        long sessionId = openSession(world);
        logInToMeeting(world.coordinatorA(), sessionId);
        showTwelveFifty(world.memberA());

        // The group's "yes" was booked, but the answer never reached this screen.
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>)
                page.evaluate("JSON.parse(sessionStorage.getItem('kringwerk.count-in-progress'))");
        SignIn.as(users, world.coordinatorA());
        try {
            savings.bookings().bookDeposit(sessionId, world.memberA(), "12,50", (String) kept.get("key"));
        } finally {
            SignIn.out();
        }
        page.reload();

        assertThat(page.locator("#lost-count")).containsText("Samira");
        assertThat(page.locator("#lost-count")).containsText("€ 12,50");
        assertThat(page.locator("#lost-count")).containsText("is opgeschreven");
        Assertions.assertThat(deposits(sessionId)).isEqualTo(1);
    }
}
