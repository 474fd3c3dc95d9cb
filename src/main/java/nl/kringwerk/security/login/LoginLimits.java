package nl.kringwerk.security.login;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tries allowed per account and per client address, as layered limits: "5 per minute, 10 per
 * quarter" lets a user mistype a few times, then makes every next try wait longer.
 */
@ConfigurationProperties("kringwerk.login")
public record LoginLimits(List<Limit> accountLimits, List<Limit> addressLimits) {

    public LoginLimits {
        if (accountLimits.isEmpty() || addressLimits.isEmpty()) {
            throw new IllegalArgumentException("kringwerk.login needs account and address limits");
        }
        accountLimits = List.copyOf(accountLimits);
        addressLimits = List.copyOf(addressLimits);
    }

    /** At most {@code attempts} tries in each period of {@code per}, counted from the first try. */
    public record Limit(int attempts, Duration per) {

        public Limit {
            if (attempts < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A login limit needs at least one try and a period");
            }
        }
    }
}
