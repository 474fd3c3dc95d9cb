package nl.kringwerk;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for service tests: a {@link TestWorld} to build a fresh world from, {@link #signInAs} for a
 * real account, and nobody left signed in for the next test (it runs on the same thread).
 */
@KringwerkTest
public abstract class ServiceTest {

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected TestWorld testWorld;

    /** Signs the account in as the login form would; the answer lets other threads act as her too. */
    protected Authentication signInAs(String username) {
        return SignIn.as(users, username);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
