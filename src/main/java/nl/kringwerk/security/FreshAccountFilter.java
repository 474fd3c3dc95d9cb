package nl.kringwerk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.kringwerk.base.DatabaseOutage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of an open session looks at the account as it is now. A disabled account, one of a
 * deactivated organisation, or an officer who left her group (or whose group ended) is signed out
 * at once: the session ends and the page goes back to the login. A changed account (another role,
 * a new name) replaces the one kept in the session. Spring Boot registers this filter after
 * Spring Security's, so the session's security context is loaded when it runs. It reads that
 * context through the security chain's own holder strategy (a bean): the static
 * {@link SecurityContextHolder} holds whichever strategy the last application context in the JVM
 * set, and with two contexts (as in the tests) its thread-local is not the one the chain filled.
 */
@Component
class FreshAccountFilter extends OncePerRequestFilter {

    private final AccountStanding standing;
    private final SecurityContextHolderStrategy holder;
    private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    FreshAccountFilter(AccountStanding standing, SecurityContextHolderStrategy holder) {
        this.standing = standing;
        this.holder = holder;
        sessionContexts.setSecurityContextHolderStrategy(holder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser kept) {
            Optional<SignedInUser> now;
            try {
                now = standing.current(kept.userId());
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                // The database is away: the request goes on as the account the session holds. It can
                // read or write nothing either, and the screen says that the database is away (instead
                // of an error page that loses what is on the table).
                chain.doFilter(request, response);
                return;
            }
            if (now.isEmpty()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (now.get().version() != kept.version()) {
                SignedInUser fresh = now.get();
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                holder.setContext(context);
                sessionContexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
