package nl.kringwerk.security.session;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * The session rules for the security chain: what happens to the session at login, and the filter
 * that enforces the absolute limit. SecurityConfiguration puts them in place; they are set on the
 * chain directly (not from a configurer's init), because Spring Security fixes the login's session
 * strategy early in its own set-up.
 */
@Component
public class SessionRules {

    private final SessionLimits limits;
    private final Clock clock;

    SessionRules(SessionLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** A fresh, empty session with the idle time of the user's role. */
    public SessionAuthenticationStrategy atLogin() {
        return FreshSessionAtLogin.strategy(limits);
    }

    /** Ends signed-in sessions older than the absolute limit; place it after the security context is loaded. */
    public Filter absoluteLimit() {
        return new AbsoluteSessionLimit(limits.absoluteTimeout(), clock);
    }
}
