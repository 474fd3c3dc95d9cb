package nl.kringwerk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh installation without accounts and without {@code KRINGWERK_ADMIN_PASSWORD}: the start
 * prints a one-time setup code in the log (as Jenkins and Grafana do). Whoever can read the log
 * opens /inrichten, types the code and makes the first administrator. Only the code's hash is
 * stored ({@code setup_code}), so a code printed before a restart, or by another instance on the
 * same database, works as well. Making the administrator spends every code; and as soon as any
 * account exists, no code works.
 */
@Service
public class FirstSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstSetup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FirstSetup(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called at start on an installation without accounts; keeps the code's hash, prints the code and returns it. */
    @Transactional
    String open() {
        String code = StartCodes.generate();
        jdbc.update(
                "INSERT INTO setup_code (code_hash, created_at) VALUES (?, ?)",
                StartCodes.hash(code),
                Timestamp.from(clock.instant()));
        log.warn("""

                ==========================================================================
                 Kringwerk has no accounts yet. Open /inrichten and type this setup code
                 to make the first administrator (it works once):

                     {}

                 Or set KRINGWERK_ADMIN_PASSWORD before the first start.
                ==========================================================================""", code);
        return code;
    }

    /** Is the setup page in use: a code was printed and not used, and there are still no accounts? */
    @Transactional(readOnly = true)
    public boolean isOpen() {
        return accounts.count() == 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM setup_code WHERE used_at IS NULL", Long.class) > 0;
    }

    /** Makes the first administrator with the setup code from the log. Returns her username. */
    @Transactional
    public String createAdministrator(
            String code, String username, String displayName, String password, String repeat) {
        // Locks the unused codes: of two people (or instances) setting up at once, the second waits,
        // then finds every code spent.
        List<String> unused =
                jdbc.queryForList("SELECT code_hash FROM setup_code WHERE used_at IS NULL FOR UPDATE", String.class);
        if (unused.isEmpty() || accounts.count() > 0) {
            throw new NotFoundOrNotAllowedException();
        }
        List<InvalidInput> problems = new ArrayList<>();
        byte[] typed = StartCodes.hash(code).getBytes(StandardCharsets.UTF_8);
        if (unused.stream().noneMatch(hash -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.UTF_8), typed))) {
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
        jdbc.update("UPDATE setup_code SET used_at = ? WHERE used_at IS NULL", Timestamp.from(clock.instant()));
        audit.record(new SignedInUser(admin), AuditAction.ADMIN_SET_UP, admin.getId(), name, null, "setup code");
        return name;
    }
}
