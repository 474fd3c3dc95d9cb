package nl.kringwerk.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** A new password checked against the rules ({@link PasswordRules}) and hashed; never kept in clear. */
@Component
class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** What is wrong with this new password for this account, typed twice; empty when it is good. */
    List<InvalidInput> problems(String password, String repeat, UserAccount account) {
        List<InvalidInput> problems =
                new ArrayList<>(PasswordRules.check(password, account.getRole(), account.getUsername()));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.add(InvalidInput.of("repeat", "error.password-repeat-differs"));
        }
        return problems;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** A hash nobody knows the password of: the account waits for its start code. */
    String unusable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return encoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
