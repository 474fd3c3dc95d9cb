package nl.kringwerk.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production limits (application.properties), on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginLimits(
                    List.of(limit(5, Duration.ofMinutes(1)), limit(10, Duration.ofMinutes(15))),
                    List.of(limit(20, Duration.ofMinutes(1)), limit(100, Duration.ofHours(1)))),
            clock);

    @Test
    void fiveTriesGoAheadTheSixthWaitsAndTheLockLiftsAfterTheMinute() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
        clock.move(Duration.ofSeconds(59));
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
    }

    @Test
    void afterTenTriesTheWaitGrowsToTheQuarterHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
        }
        clock.move(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).hasValue(Duration.ofMinutes(14));
        clock.move(Duration.ofMinutes(5));
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).hasValue(Duration.ofMinutes(9));
        clock.move(Duration.ofMinutes(9));
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
    }

    @Test
    void theRightPasswordStartsTheAccountAfresh() {
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt("samira", "10.0.0.1");
        }
        throttle.tryAttempt("samira", "10.0.0.1");
        throttle.succeeded("samira", "10.0.0.1");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
        }
    }

    @Test
    void aTryThatFailedThroughNoFaultOfTheUserIsGivenBack() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("samira", "10.0.0.1");
            throttle.notCounted("samira", "10.0.0.1");
        }
        assertThat(throttle.tryAttempt("samira", "10.0.0.1")).isEmpty();
    }

    @Test
    void capitalsAndSpacesAroundTheUsernameCountAsTheSameAccount() {
        for (String typed : List.of("Samira", "SAMIRA", " samira", "samira ", "sAmIrA")) {
            assertThat(throttle.tryAttempt(typed, "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.tryAttempt("samira", "10.0.0.2")).isPresent();
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedAfterTwentyAndOthersAreNot() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("user" + i, "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.tryAttempt("user20", "10.0.0.1")).isPresent();
        assertThat(throttle.tryAttempt("user20", "10.0.0.2")).isEmpty();
        // The refused try took nothing from user20's own count.
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.tryAttempt("user20", "10.0.0.2")).isEmpty();
        }
    }

    @Test
    void anUnknownNameIsCountedLikeARealOne() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("bestaat-niet", "10.0.0.1");
        }
        assertThat(throttle.tryAttempt("bestaat-niet", "10.0.0.1")).isPresent();
    }

    private static LoginLimits.Limit limit(int attempts, Duration per) {
        return new LoginLimits.Limit(attempts, per);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
