package nl.kringwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A secret loan ballot going round on a tablet (1024 x 768) and on a phone (390 x 844), in real
 * Chromium: the names, her question without her name, the screen cleared after her tap, the totals.
 * Screenshots 90-93 in target/screenshots.
 */
class SecretRoundBrowserTest extends BrowserTest {

    @Autowired
    LoanService loans;

    @Test
    void aSecretBallotGoesRoundOnATabletAndAPhone() {
        TestWorld.World world = testWorld.create();
        SavingsFixture f;
        long loanId;
        SignIn.as(users, world.coordinatorA());
        try {
            f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
            for (long member : f.members) {
                savings.bookings()
                        .bookDeposit(
                                f.sessionId, member, "25", savings.bookings().newIdempotencyKey());
            }
            loanId = loans.request(
                    world.groupA(),
                    new LoanRequest(f.member("Yvonne"), "70", 8, "Wasmachine"),
                    savings.bookings().newIdempotencyKey());
        } finally {
            SignIn.out();
        }
        logInToMeeting(world.coordinatorA(), f.sessionId);
        page.locator("#round-ballot-" + loanId).click();
        page.locator("#ballot-start").click();
        assertThat(page.locator("#round-progress")).containsText("0 van 8 klaar");
        // The round has the whole screen: nothing of the meeting beside it.
        assertThat(page.locator("#round-screen")).isVisible();
        assertThat(page.locator("#secret-rounds")).hasCount(0);
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        screenshot("90-round-names-1024x768");

        int[] votes = {0, 0, 1, 0, 2, 0, 1, 0};
        List<Long> members = f.members;
        for (int i = 0; i < members.size(); i++) {
            if (i == 1) {
                page.setViewportSize(390, 844);
            }
            page.locator("#round-name-" + members.get(i)).click();
            assertThat(page.locator("#round-answer-0")).isVisible();
            if (i == 0) {
                page.locator("#secret-round").scrollIntoViewIfNeeded();
                screenshot("91-round-choice-1024x768");
            } else if (i == 1) {
                page.locator("#secret-round").scrollIntoViewIfNeeded();
                screenshot("91-round-choice-390x844");
            }
            page.locator("#round-answer-" + votes[i]).click();
            if (i < members.size() - 1) {
                assertThat(page.locator("#round-progress")).containsText((i + 1) + " van 8 klaar");
                assertThat(page.locator("#round-answer-0")).hasCount(0);
                assertThat(page.locator("#round-name-" + members.get(i))).hasCount(0);
            }
            if (i == 6) {
                screenshot("92-round-seven-of-eight-390x844");
            }
        }
        assertThat(page.locator("#round-decision")).containsText("goedgekeurd");
        assertThat(page.locator("#round-count-0-0")).hasText("5");
        page.locator("#round-totals").scrollIntoViewIfNeeded();
        screenshot("93-round-totals-390x844");
        page.setViewportSize(1024, 768);
        page.locator("#round-totals").scrollIntoViewIfNeeded();
        screenshot("93-round-totals-1024x768");
    }
}
