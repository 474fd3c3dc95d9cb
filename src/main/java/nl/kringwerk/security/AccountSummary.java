package nl.kringwerk.security;

/** What a view may show of an account: never its password hash. */
public record AccountSummary(long id, String username, String displayName) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName());
    }
}
