package nl.kringwerk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The clock every bean of the tests gets: the application's own clock (its zone, Europe/Amsterdam,
 * and the system's time), until a test sets the time. A test that sets it puts it back with
 * {@link #useSystemTime()} (tests share the context).
 */
@TestComponent
@Primary
public class TestClock extends Clock {

    /**
     * The groups' zone, the application clock's. A test's own "today" is taken here, never in the JVM's
     * zone: between 23:00 and 24:00 UTC (22:00 in summer) the two are different days.
     */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Clock application;
    private volatile @Nullable Instant fixed;

    TestClock(@Qualifier("clock") Clock application) {
        this.application = application;
    }

    /** From now on, the clock stands still at this instant (in the application's zone). */
    public void setTo(Instant instant) {
        fixed = instant;
    }

    public void useSystemTime() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return application.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? application.withZone(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? application.instant() : at;
    }
}
