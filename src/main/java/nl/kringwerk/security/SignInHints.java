package nl.kringwerk.security;

import java.util.List;

/**
 * Accounts the login page may show. Only the demo data provides this bean, so a real
 * installation never lists an account.
 */
public interface SignInHints {

    List<Hint> hints();

    record Hint(String roleKey, String username, String password) {}
}
