package nl.kringwerk.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused login back to the login page with the reason it may show: a wrong username or
 * password (one answer for both), too many tries (and how many minutes to wait), or the accounts
 * cannot be read right now (the database is down: not the user's fault).
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        redirects.sendRedirect(request, response, loginPath + "?" + reason(exception));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof TooManyLoginAttempts tooMany) {
            long minutes = Math.max(1, (tooMany.waitTime().toSeconds() + 59) / 60);
            return "locked=" + minutes;
        }
        if (exception instanceof InternalAuthenticationServiceException) {
            return "unavailable";
        }
        return "error";
    }
}
