package nl.kringwerk.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import nl.kringwerk.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;

/**
 * Every login gets a new, empty session. Spring's default keeps the old session's contents under a
 * new id, and with them the Vaadin session of whoever was signed in before: her open tabs and
 * download links would go on working for the next person. Here the old session is invalidated
 * (Vaadin closes its UIs, downloads and push with it); only Spring Security's own entries move.
 * The new session then gets the idle time of the user's role.
 */
final class FreshSessionAtLogin {

    private FreshSessionAtLogin() {}

    static SessionAuthenticationStrategy strategy(SessionLimits limits) {
        SessionFixationProtectionStrategy fresh = new SessionFixationProtectionStrategy();
        fresh.setMigrateSessionAttributes(false);
        return new CompositeSessionAuthenticationStrategy(List.of(fresh, new RoleIdleTimeout(limits)));
    }

    /** The servlet session's idle time is also what Vaadin closes an idle session on. */
    private record RoleIdleTimeout(SessionLimits limits) implements SessionAuthenticationStrategy {

        @Override
        public void onAuthentication(
                Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
            HttpSession session = request.getSession(false);
            if (session != null && authentication.getPrincipal() instanceof SignedInUser user) {
                session.setMaxInactiveInterval(
                        (int) limits.idleTimeout(user.role()).toSeconds());
            }
        }
    }
}
