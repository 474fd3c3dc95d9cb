package nl.kringwerk.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that is older than the absolute limit, however busy it is. A session
 * starts at login (see {@link FreshSessionAtLogin}), so its creation time is the login time. Runs
 * on every request, Vaadin's heartbeat included, so an open screen goes back to the login page
 * within one heartbeat.
 */
final class AbsoluteSessionLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionLimit.class);

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionLimit(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session) && tooOld(session)) {
            log.info("Session ended at the absolute limit of {}", limit);
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() >= limit.toMillis();
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }

    private static boolean signedIn(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }
}
