package nl.kringwerk.security.login;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one way in with a username and password: Spring's own password check (which for an unknown
 * user checks against a dummy hash, so the answer takes as long), behind {@link LoginThrottle}, and
 * every try written to the log without its password.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogin.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = addressOf(login);
        Optional<Duration> wait = throttle.tryAttempt(username, address);
        if (wait.isPresent()) {
            log.warn(
                    "Login refused, too many tries: user={} address={} next try in {} s",
                    printable(username),
                    address,
                    wait.get().toSeconds());
            throw new TooManyLoginAttempts(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(login);
            throttle.succeeded(username, address);
            log.info("Login succeeded: user={} address={}", printable(username), address);
            return signedIn;
        } catch (InternalAuthenticationServiceException e) {
            throttle.notCounted(username, address);
            log.error("Login failed, accounts unavailable: user={} address={}", printable(username), address, e);
            throw e;
        } catch (AuthenticationException e) {
            log.warn(
                    "Login failed: user={} address={} reason={}",
                    printable(username),
                    address,
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    /** What someone typed as a username goes to the log on one line, without control characters. */
    static String printable(String username) {
        String oneLine = username.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "..." : oneLine;
    }
}
