package nl.kringwerk.passbook.service;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often anyone may try a personal code, as layered limits (see README, "Her own passbook"):
 * per client address, over all addresses together, and PIN tries per card.
 */
@ConfigurationProperties("kringwerk.member-code")
public record CodeLimits(List<Limit> addressLimits, List<Limit> allLimits, List<Limit> pinLimits) {

    public CodeLimits {
        if (addressLimits.isEmpty() || allLimits.isEmpty() || pinLimits.isEmpty()) {
            throw new IllegalArgumentException("kringwerk.member-code needs address, all and pin limits");
        }
        addressLimits = List.copyOf(addressLimits);
        allLimits = List.copyOf(allLimits);
        pinLimits = List.copyOf(pinLimits);
    }

    /** At most {@code attempts} tries in each period of {@code per}. */
    public record Limit(int attempts, Duration per) {

        public Limit {
            if (attempts < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("A code limit needs at least one try and a period");
            }
        }
    }
}
