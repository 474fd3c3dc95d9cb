package nl.kringwerk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.kringwerk.base.domain.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time start codes instead of a password someone else chose: made for a new account or a
 * forgotten password, shown once, valid for {@link #START_CODE_VALID} and usable once; the person
 * chooses her own password with it. Only a hash of the code is stored, and no code is ever audited.
 */
@Service
public class StartCodeService {

    public static final Duration START_CODE_VALID = Duration.ofDays(7);

    private final StartCodeRepository startCodes;
    private final UserAccountRepository accounts;
    private final AccountStanding standing;
    private final AccountGate gate;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Clock clock;

    StartCodeService(
            StartCodeRepository startCodes,
            UserAccountRepository accounts,
            AccountStanding standing,
            AccountGate gate,
            Passwords passwords,
            AuditLog audit,
            Clock clock) {
        this.startCodes = startCodes;
        this.accounts = accounts;
        this.standing = standing;
        this.gate = gate;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person behind a start code chooses her password. The code works once and until it
     * expires; a wrong, used or expired code gets one and the same answer. Returns her username.
     * Open to anyone: the code itself is the gate.
     */
    @Transactional
    public String redeemStartCode(String code, String newPassword, String repeat) {
        Instant now = clock.instant();
        StartCode startCode = startCodes
                .findByCodeHash(StartCodes.hash(code))
                .filter(c -> c.isUsable(now))
                .orElseThrow(() -> InvalidInputException.of("code", "error.start-code-invalid"));
        UserAccount account = accounts.findById(startCode.getUserId())
                .filter(standing::mayBeUsed)
                .orElseThrow(() -> InvalidInputException.of("code", "error.start-code-invalid"));
        InvalidInputException.throwIfAny(passwords.problems(newPassword, repeat, account));
        startCode.use(now);
        account.changePasswordHash(passwords.hash(newPassword), now);
        audit.record(
                new SignedInUser(account),
                AuditAction.START_CODE_USED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        return account.getUsername();
    }

    /** A new start code (a forgotten password, a lost card): the old password and older codes stop working. */
    @Transactional
    public IssuedStartCode issueStartCode(long accountId) {
        AccountGate.Managed managed = gate.requireManaged(accountId);
        UserAccount account = managed.account();
        if (account.getId() == managed.user().userId()) {
            throw InvalidInputException.of("account", "error.own-account-use-password-page");
        }
        account.changePasswordHash(passwords.unusable(), null);
        return issue(managed.user(), account);
    }

    /** For a new account, after its maker passed the gate of {@link AccountService#createAccount}. */
    IssuedStartCode issue(SignedInUser user, UserAccount account) {
        Instant now = clock.instant();
        startCodes.findByUserId(account.getId()).forEach(c -> c.revoke(now));
        String code = StartCodes.generate();
        StartCode saved = startCodes.save(new StartCode(
                account.getId(), StartCodes.hash(code), now, user.getUsername(), now.plus(START_CODE_VALID)));
        audit.record(
                user,
                AuditAction.START_CODE_ISSUED,
                account.getId(),
                account.getUsername(),
                account.getOrganisationId(),
                null);
        return new IssuedStartCode(
                account.getId(), account.getUsername(), account.getDisplayName(), code, saved.getExpiresAt());
    }
}
