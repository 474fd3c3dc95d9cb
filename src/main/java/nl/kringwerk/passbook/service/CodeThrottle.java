package nl.kringwerk.passbook.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts tries of personal codes with Bucket4j token buckets, in the style of the login's
 * {@code LoginThrottle}: every try takes a token from its address's bucket and from the bucket of
 * all addresses together; a code that opens a passbook gives both back, so only wrong guesses count.
 * An empty bucket refuses the try before any code is looked up. PIN tries count per card.
 */
@Component
class CodeThrottle {

    private static final int KEY_LENGTH = 100;
    private static final int MAX_KEPT = 100_000;

    private final CodeLimits limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> addresses;
    private final Cache<Long, Bucket> pins;
    private final Bucket all;

    CodeThrottle(CodeLimits limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTime(clock);
        this.addresses = cache(limits.addressLimits());
        this.pins = cache(limits.pinLimits());
        this.all = bucket(limits.allLimits());
    }

    /** Takes one try from this address; empty if it may go ahead, else how long to wait. */
    Optional<Duration> tryCode(String address) {
        Bucket client = addresses.get(addressKey(address), key -> bucket(limits.addressLimits()));
        ConsumptionProbe byAddress = client.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            return Optional.of(Duration.ofNanos(byAddress.getNanosToWaitForRefill()));
        }
        ConsumptionProbe byAll = all.tryConsumeAndReturnRemaining(1);
        if (!byAll.isConsumed()) {
            client.addTokens(1);
            return Optional.of(Duration.ofNanos(byAll.getNanosToWaitForRefill()));
        }
        return Optional.empty();
    }

    /** The code was right: the try does not count. */
    void codeSucceeded(String address) {
        giveBack(addresses.getIfPresent(addressKey(address)));
        all.addTokens(1);
    }

    /** Takes one PIN try for this card; empty if it may go ahead, else how long to wait. */
    Optional<Duration> tryPin(long codeId) {
        ConsumptionProbe probe =
                pins.get(codeId, key -> bucket(limits.pinLimits())).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void pinSucceeded(long codeId) {
        pins.invalidate(codeId);
    }

    private static void giveBack(@Nullable Bucket bucket) {
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private static String addressKey(String address) {
        return address.length() > KEY_LENGTH ? address.substring(0, KEY_LENGTH) : address;
    }

    private Bucket bucket(List<CodeLimits.Limit> layers) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (CodeLimits.Limit layer : layers) {
            builder.addLimit(limit -> limit.capacity(layer.attempts()).refillIntervally(layer.attempts(), layer.per()));
        }
        return builder.build();
    }

    /** A bucket is forgotten once its longest period has passed untouched: it would be full again. */
    private static <K> Cache<K, Bucket> cache(List<CodeLimits.Limit> layers) {
        Duration longest = layers.stream()
                .map(CodeLimits.Limit::per)
                .max(Duration::compareTo)
                .orElseThrow();
        return Caffeine.newBuilder()
                .expireAfterAccess(longest)
                .maximumSize(MAX_KEPT)
                .build();
    }

    /** Bucket4j's time from the application's clock, so tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
