package nl.kringwerk.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation has no accounts. With {@code KRINGWERK_ADMIN_PASSWORD} set, the first start
 * creates the account "admin" with that password; without it, the start prints a one-time setup
 * code in the log ({@link FirstSetup}), so the operator is never locked out silently. Later starts
 * leave accounts alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;
    private final FirstSetup setup;

    FirstAdministrator(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${kringwerk.admin-password:}") String password,
            FirstSetup setup) {
        this.setup = setup;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            setup.open();
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "KRINGWERK_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.save(UserAccount.staff(
                "admin", passwordEncoder.encode(password), "Beheerder", Role.ADMIN, null, clock.instant()));
        log.info("Created the first administrator account 'admin'.");
    }
}
