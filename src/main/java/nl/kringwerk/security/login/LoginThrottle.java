package nl.kringwerk.security.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts login tries per account and per client address with Bucket4j token buckets: every try
 * takes a token from both, a successful login gives them back. An empty bucket refuses the try
 * before any password is checked, until its period has passed. Unknown usernames count exactly
 * like real ones, so a refusal tells nobody whether an account exists.
 */
@Component
public class LoginThrottle {

    /** Usernames are at most 60 characters; longer input is cut so the table stays small. */
    private static final int KEY_LENGTH = 100;

    private static final int MAX_KEPT = 100_000;

    private final LoginLimits limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    public LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTime(clock);
        this.accounts = cache(limits.accountLimits());
        this.addresses = cache(limits.addressLimits());
    }

    /**
     * Takes one try for this account from this address.
     *
     * @return empty if the try may go ahead, otherwise how long until the next try is allowed
     */
    public Optional<Duration> tryAttempt(String username, String address) {
        Bucket account = accounts.get(accountKey(username), key -> bucket(limits.accountLimits()));
        ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            return Optional.of(Duration.ofNanos(byAccount.getNanosToWaitForRefill()));
        }
        Bucket client = addresses.get(addressKey(address), key -> bucket(limits.addressLimits()));
        ConsumptionProbe byAddress = client.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            account.addTokens(1);
            return Optional.of(Duration.ofNanos(byAddress.getNanosToWaitForRefill()));
        }
        return Optional.empty();
    }

    /** The right password: the account starts afresh; the address gets this try back. */
    public void succeeded(String username, String address) {
        accounts.invalidate(accountKey(username));
        giveBack(addresses.getIfPresent(addressKey(address)));
    }

    /** A try that failed through no fault of the user (the database was down): it does not count. */
    public void notCounted(String username, String address) {
        giveBack(accounts.getIfPresent(accountKey(username)));
        giveBack(addresses.getIfPresent(addressKey(address)));
    }

    private static void giveBack(@Nullable Bucket bucket) {
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** "Coordinator " and "coordinator" are one account to the database, so they share one count. */
    static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static String addressKey(String address) {
        return address.length() > KEY_LENGTH ? address.substring(0, KEY_LENGTH) : address;
    }

    private Bucket bucket(List<LoginLimits.Limit> layers) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (LoginLimits.Limit layer : layers) {
            builder.addLimit(limit -> limit.capacity(layer.attempts()).refillIntervally(layer.attempts(), layer.per()));
        }
        return builder.build();
    }

    /** A bucket is forgotten once its longest period has passed untouched: it would be full again. */
    private static Cache<String, Bucket> cache(List<LoginLimits.Limit> layers) {
        Duration longest = layers.stream()
                .map(LoginLimits.Limit::per)
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
