package nl.kringwerk.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone: her own account (name, role, organisation) and a new password. */
@Service
public class MyAccountService {

    private final AccountGate gate;
    private final Passwords passwords;
    private final GroupDirectory directory;
    private final AuditLog audit;
    private final UserAccountRepository accounts;
    private final Clock clock;

    MyAccountService(
            AccountGate gate,
            Passwords passwords,
            GroupDirectory directory,
            AuditLog audit,
            UserAccountRepository accounts,
            Clock clock) {
        this.gate = gate;
        this.passwords = passwords;
        this.directory = directory;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        UserAccount account = gate.requireOwn();
        Long organisationId = account.getOrganisationId();
        return new MyAccount(
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                organisationId == null ? "" : directory.organisationNames().getOrDefault(organisationId, ""));
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeat) {
        UserAccount account = gate.requireOwn();
        List<InvalidInput> problems = new ArrayList<>();
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            problems.add(InvalidInput.of("currentPassword", "error.current-password-wrong"));
        }
        problems.addAll(passwords.problems(newPassword, repeat, account));
        InvalidInputException.throwIfAny(problems);
        account.changePasswordHash(passwords.hash(newPassword), clock.instant());
        audit.record(
                new SignedInUser(account),
                AuditAction.PASSWORD_CHANGED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        accounts.flush();
        // This session goes on with the account as it is now.
        SignedInUser fresh = new SignedInUser(account);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    }
}
