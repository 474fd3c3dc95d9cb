package nl.kringwerk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh installation without accounts and without {@code KRINGWERK_ADMIN_PASSWORD}: the start
 * prints a one-time setup code in the log (as Jenkins and Grafana do). Whoever can read the log
 * opens /inrichten, types the code and makes the first administrator. The code lives in memory
 * only and stops working as soon as any account exists.
 */
@Service
public class FirstSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstSetup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private volatile @Nullable String setupCode;

    FirstSetup(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Called at start on an installation without accounts; prints the code and returns it. */
    String open() {
        String code = StartCodes.generate();
        setupCode = code;
        log.warn("""

                ==========================================================================
                 Kringwerk has no accounts yet. Open /inrichten and type this setup code
                 to make the first administrator (it works once, until the next restart):

                     {}

                 Or set KRINGWERK_ADMIN_PASSWORD before the first start.
                ==========================================================================""", code);
        return code;
    }

    /** Is the setup page in use: a code was printed and there are still no accounts? */
    @Transactional(readOnly = true)
    public boolean isOpen() {
        return setupCode != null && accounts.count() == 0;
    }

    /** Makes the first administrator with the setup code from the log. Returns her username. */
    @Transactional
    public synchronized String createAdministrator(
            String code, String username, String displayName, String password, String repeat) {
        String expected = setupCode;
        if (expected == null || accounts.count() > 0) {
            throw new NotFoundOrNotAllowedException();
        }
        List<InvalidInput> problems = new ArrayList<>();
        if (!MessageDigest.isEqual(
                StartCodes.normalise(expected).getBytes(StandardCharsets.UTF_8),
                StartCodes.normalise(code).getBytes(StandardCharsets.UTF_8))) {
            problems.add(InvalidInput.of("code", "error.setup-code-wrong"));
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() < 3 || name.length() > 60 || !name.matches("[a-z0-9][a-z0-9._-]*")) {
            problems.add(InvalidInput.of("username", "error.username-invalid"));
        }
        if (displayName.isBlank()) {
            problems.add(InvalidInput.of("displayName", "error.required"));
        } else if (displayName.strip().length() > 80) {
            problems.add(InvalidInput.of("displayName", "error.too-long", 80));
        }
        problems.addAll(PasswordRules.check(password, Role.ADMIN, name));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.add(InvalidInput.of("repeat", "error.password-repeat-differs"));
        }
        InvalidInputException.throwIfAny(problems);
        UserAccount admin = accounts.saveAndFlush(UserAccount.staff(
                name, passwordEncoder.encode(password), displayName.strip(), Role.ADMIN, null, clock.instant()));
        setupCode = null;
        audit.record(new SignedInUser(admin), AuditAction.ADMIN_SET_UP, admin.getId(), name, null, "setup code");
        return name;
    }
}
