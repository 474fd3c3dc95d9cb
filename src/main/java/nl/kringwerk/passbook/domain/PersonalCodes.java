package nl.kringwerk.passbook.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Personal codes for a member's passbook card: 10 characters from an alphabet of 31 without
 * look-alikes (no 0/O, 1/I/L), shown as {@code K7QMX-2XPAH}: 31^10 = 8.2 x 10^14 codes (49.5 bits).
 * Typed in any case, with or without the dash or spaces. Only SHA-256 hashes are stored: the code is
 * random and long enough that a slow hash adds nothing, and a lookup by hash finds the member. The
 * optional 4-digit PIN is hashed together with the code, so the stored PIN hash is worthless without
 * the card.
 */
public final class PersonalCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalCodes() {}

    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Typed in any case, with or without dashes and spaces: the same code. */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Could this be a code at all? Anything else is refused before a lookup. */
    public static boolean isWellFormed(String typed) {
        String code = normalise(typed);
        if (code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static String hash(String typed) {
        return sha256(normalise(typed));
    }

    /** Four digits, nothing else. */
    public static boolean isPin(String pin) {
        return pin.matches("[0-9]{4}");
    }

    public static String pinHash(String code, String pin) {
        return sha256(normalise(code) + "|" + pin.strip());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
