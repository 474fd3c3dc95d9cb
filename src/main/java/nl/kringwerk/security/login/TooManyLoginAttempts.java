package nl.kringwerk.security.login;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A try refused before any password check: too many tries for this account or from this address. */
public class TooManyLoginAttempts extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration wait;

    TooManyLoginAttempts(Duration wait) {
        super("Too many login attempts");
        this.wait = wait;
    }

    /** How long until the next try is allowed. */
    public Duration waitTime() {
        return wait;
    }
}
