package nl.kringwerk.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final AccountStanding standing;

    AccountDetailsService(UserAccountRepository accounts, AccountStanding standing) {
        this.accounts = accounts;
        this.standing = standing;
    }

    /** A disabled account, one of a deactivated organisation or an officer who left is refused as disabled. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new SignedInUser(account, standing.mayBeUsed(account)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
