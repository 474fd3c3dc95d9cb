package nl.kringwerk.security;

/** What anyone may see of her own account. */
public record MyAccount(String username, String displayName, Role role, String organisationName) {}
