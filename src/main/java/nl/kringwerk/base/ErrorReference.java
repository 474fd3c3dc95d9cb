package nl.kringwerk.base;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The code an error page shows and the log carries next to the stack trace, so a user can report
 * what went wrong without ever seeing how. Eight characters, none that look alike (no 0/O, 1/I/L).
 */
public final class ErrorReference {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private ErrorReference() {}

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
