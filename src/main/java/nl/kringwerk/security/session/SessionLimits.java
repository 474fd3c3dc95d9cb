package nl.kringwerk.security.session;

import java.time.Duration;
import java.util.Map;
import nl.kringwerk.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a session may sit unused, per role, and how long it may last at all. A chair's or
 * facilitator's tablet lies on the table through a half-hour talk; an office account needs no such
 * patience.
 */
@ConfigurationProperties("kringwerk.session")
public record SessionLimits(Map<Role, Duration> idleTimeouts, Duration absoluteTimeout) {

    public SessionLimits {
        for (Role role : Role.values()) {
            if (!idleTimeouts.containsKey(role)) {
                throw new IllegalArgumentException("kringwerk.session.idle-timeouts needs a value for " + role);
            }
        }
        idleTimeouts = Map.copyOf(idleTimeouts);
    }

    public Duration idleTimeout(Role role) {
        return idleTimeouts.get(role);
    }
}
