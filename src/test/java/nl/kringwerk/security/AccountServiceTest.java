package nl.kringwerk.security;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.MemberRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts made, started, switched off and on, by the right people only, and every act in the log. */
class AccountServiceTest extends ServiceTest {

    static final String GOOD = "de kat slaapt op de bank";

    @Autowired
    AccountService service;

    @Autowired
    StartCodeService startCodes;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    FunderScopeService funderScopes;

    @Autowired
    AuditTrail trail;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MemberRepository members;

    TestWorld.World world;

    @BeforeEach
    void createWorld() {
        world = testWorld.create();
    }

    @Test
    void aCoordinatorMakesAFacilitatorWithAStartCodeThatWorksOnceAndOnlyItsHashIsKept() {
        signInAs(world.coordinatorA());
        IssuedStartCode issued = service.createAccount(facilitator("ruud" + world.groupA(), world.organisationA()));
        assertThat(issued.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(Duration.between(Instant.now(), issued.validUntil()).toHours())
                .isBetween(167L, 168L);
        String stored = jdbc.queryForObject(
                "SELECT code_hash FROM start_code WHERE user_id = ?", String.class, issued.accountId());
        assertThat(stored).isEqualTo(StartCodes.hash(issued.code())).doesNotContain(issued.code());
        assertThat(login(issued.username(), GOOD))
                .as("no password before the code is used")
                .isFalse();

        SignIn_out();
        String username = startCodes.redeemStartCode(issued.code().toLowerCase(), GOOD, GOOD);
        assertThat(username).isEqualTo(issued.username());
        assertThat(login(username, GOOD)).isTrue();
        refused(
                () -> startCodes.redeemStartCode(
                        issued.code(), "een ander lang wachtwoord", "een ander lang wachtwoord"),
                "error.start-code-invalid");
        assertThat(login(username, GOOD)).as("the second use changed nothing").isTrue();
    }

    @Test
    void aStartCodeDoesNotWorkAfterSevenDaysAndANewCodeReplacesTheOldOne() {
        signInAs(world.coordinatorA());
        IssuedStartCode first = service.createAccount(facilitator("anouk" + world.groupA(), world.organisationA()));
        IssuedStartCode second = startCodes.issueStartCode(first.accountId());
        jdbc.update(
                "UPDATE start_code SET created_at = created_at - INTERVAL 8 DAY, expires_at = expires_at - INTERVAL 8 DAY"
                        + " WHERE user_id = ? AND code_hash = ?",
                second.accountId(),
                StartCodes.hash(second.code()));
        SignIn_out();
        refused(() -> startCodes.redeemStartCode(first.code(), GOOD, GOOD), "error.start-code-invalid");
        refused(() -> startCodes.redeemStartCode(second.code(), GOOD, GOOD), "error.start-code-invalid");
        refused(() -> startCodes.redeemStartCode("AAAA-BBBB-CCCC", GOOD, GOOD), "error.start-code-invalid");
        assertThat(login(first.username(), GOOD)).isFalse();
    }

    @Test
    void weakCommonOrShortPasswordsAreRefusedAndNothingIsWrittenTheCodeStillWorks() {
        signInAs(world.coordinatorA());
        IssuedStartCode issued = service.createAccount(facilitator("bram" + world.groupA(), world.organisationA()));
        String hashBefore = passwordHash(issued.accountId());
        long auditBefore = auditLines();
        SignIn_out();
        refused(() -> startCodes.redeemStartCode(issued.code(), "kort", "kort"), "error.password-too-short");
        refused(
                () -> startCodes.redeemStartCode(issued.code(), "password1234", "password1234"),
                "error.password-common");
        refused(
                () -> startCodes.redeemStartCode(issued.code(), "Wachtwoord123!", "Wachtwoord123!"),
                "error.password-common");
        refused(() -> startCodes.redeemStartCode(issued.code(), GOOD, GOOD + "x"), "error.password-repeat-differs");
        assertThat(passwordHash(issued.accountId())).isEqualTo(hashBefore);
        assertThat(auditLines()).isEqualTo(auditBefore);
        assertThat(startCodes.redeemStartCode(issued.code(), GOOD, GOOD)).isEqualTo(issued.username());
    }

    @Test
    void everyoneChangesHerOwnPasswordWithTheCurrentOneAndSeesHerOwnAccount() {
        signInAs(world.facilitatorA());
        assertThat(myAccount.myAccount().role()).isEqualTo(Role.FACILITATOR);
        assertThat(myAccount.myAccount().organisationName()).startsWith("Organisatie A");
        refused(() -> myAccount.changeOwnPassword("fout", GOOD, GOOD), "error.current-password-wrong");
        refused(
                () -> myAccount.changeOwnPassword(TestWorld.PASSWORD, "qwertyuiop12", "qwertyuiop12"),
                "error.password-common");
        refused(() -> myAccount.changeOwnPassword(TestWorld.PASSWORD, "kort", "kort"), "error.password-too-short");
        assertThat(login(world.facilitatorA(), TestWorld.PASSWORD)).isTrue();
        myAccount.changeOwnPassword(TestWorld.PASSWORD, GOOD, GOOD);
        assertThat(login(world.facilitatorA(), GOOD)).isTrue();
        assertThat(login(world.facilitatorA(), TestWorld.PASSWORD)).isFalse();
    }

    @Test
    void duplicateOrBadUsernamesAreRefusedAndNothingIsWritten() {
        signInAs(world.coordinatorA());
        long before = accountCount();
        refused(
                () -> service.createAccount(facilitator(world.facilitatorA(), world.organisationA())),
                "error.username-taken");
        refused(
                () -> service.createAccount(facilitator(world.facilitatorA().toUpperCase(), world.organisationA())),
                "error.username-taken");
        refused(() -> service.createAccount(facilitator("a b", world.organisationA())), "error.username-invalid");
        refused(
                () -> service.createAccount(
                        new NewAccount("nieuw" + world.groupA(), " ", Role.FACILITATOR, world.organisationA(), null)),
                "error.required");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void aCoordinatorCannotMakeAnAccountInAnotherOrganisationOrARoleAboveHerOwn() {
        signInAs(world.coordinatorA());
        long before = accountCount();
        for (NewAccount attempt : List.of(
                facilitator("vreemd" + world.groupA(), world.organisationB()),
                new NewAccount("baas" + world.groupA(), "Baas", Role.ADMIN, null, null),
                new NewAccount("collega" + world.groupA(), "Collega", Role.COORDINATOR, world.organisationA(), null),
                new NewAccount("fonds" + world.groupA(), "Fonds", Role.FUNDER, null, null),
                new NewAccount(
                        "voorzitter" + world.groupA(), "Fatma", Role.OFFICER, world.organisationA(), world.memberB()),
                new NewAccount(
                        "voorzitter" + world.groupA(),
                        "Fatma",
                        Role.OFFICER,
                        world.organisationB(),
                        world.memberB()))) {
            assertThatThrownBy(() -> service.createAccount(attempt))
                    .as(attempt.toString())
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void aCoordinatorSeesAndChangesOnlyTheAccountsOfHerOwnOrganisationByListOrByTypedId() {
        signInAs(world.coordinatorA());
        assertThat(service.accounts(null, null))
                .extracting(AccountRow::username)
                .contains(world.facilitatorA(), world.officerA())
                .doesNotContain(
                        world.facilitatorB(),
                        world.coordinatorB(),
                        world.admin(),
                        world.funder(),
                        world.coordinatorA());
        assertThatThrownBy(() -> service.accounts(null, world.organisationB()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(service.organisationsForAccounts())
                .extracting(GroupDirectory.OrganisationChoice::id)
                .containsExactly(world.organisationA());
        long auditBefore = auditLines();
        for (String foreign : List.of(world.facilitatorB(), world.coordinatorB(), world.admin(), world.funder())) {
            long id = demoAccounts.idOf(foreign);
            for (Runnable call : List.<Runnable>of(
                    () -> service.account(id),
                    () -> service.disable(id),
                    () -> service.enable(id),
                    () -> startCodes.issueStartCode(id),
                    () -> service.changeRole(id, Role.FACILITATOR),
                    () -> trail.audit(null, id, null, null))) {
                assertThatThrownBy(call::run).as(foreign).isInstanceOf(NotFoundOrNotAllowedException.class);
            }
        }
        assertThatThrownBy(() -> service.officerCandidates(world.organisationB()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(auditLines()).isEqualTo(auditBefore);
        assertThat(login(world.facilitatorB(), TestWorld.PASSWORD)).isTrue();
    }

    @Test
    void facilitatorsOfficersAndFundersManageNoAccounts() {
        long otherFacilitator = demoAccounts.idOf(world.facilitatorA());
        for (String actor : List.of(world.facilitatorA(), world.officerA(), world.funder())) {
            signInAs(actor);
            assertThatThrownBy(() -> service.accounts(null, null)).isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> trail.audit(null, null, null, null))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> service.createAccount(facilitator("x" + world.groupA(), world.organisationA())))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> service.disable(otherFacilitator))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> funderScopes.addFunderScope(demoAccounts.idOf(world.funder()), "Delft", null))
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        signInAs(world.coordinatorA());
        assertThatThrownBy(() -> funderScopes.addFunderScope(demoAccounts.idOf(world.funder()), "Delft", null))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM funder_scope WHERE user_id = ?",
                        Long.class,
                        demoAccounts.idOf(world.funder())))
                .isZero();
    }

    @Test
    void aDisabledAccountCannotLogInAndIsEnabledAgainNobodyDisablesHerself() {
        signInAs(world.coordinatorA());
        long facilitator = demoAccounts.idOf(world.facilitatorA());
        service.disable(facilitator);
        assertThat(login(world.facilitatorA(), TestWorld.PASSWORD)).isFalse();
        assertThat(service.account(facilitator).enabled()).isFalse();
        service.enable(facilitator);
        assertThat(login(world.facilitatorA(), TestWorld.PASSWORD)).isTrue();
        assertThatThrownBy(() -> service.disable(demoAccounts.idOf(world.coordinatorA())))
                .as("a coordinator manages no coordinator, herself included")
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(world.admin());
        refused(() -> service.disable(demoAccounts.idOf(world.admin())), "error.cannot-disable-self");
    }

    @Test
    void aNewStartCodeStopsTheOldPassword() {
        signInAs(world.admin());
        IssuedStartCode issued = startCodes.issueStartCode(demoAccounts.idOf(world.coordinatorB()));
        assertThat(login(world.coordinatorB(), TestWorld.PASSWORD)).isFalse();
        SignIn_out();
        startCodes.redeemStartCode(issued.code(), GOOD, GOOD);
        assertThat(login(world.coordinatorB(), GOOD)).isTrue();
    }

    @Test
    void anOfficerAccountBelongsToAnActiveMemberAndStopsWorkingWhenSheLeavesTheGroup() {
        signInAs(world.coordinatorA());
        assertThat(service.officerCandidates(world.organisationA()))
                .extracting(GroupDirectory.OfficerSeat::memberId)
                .contains(world.memberA())
                .doesNotContain(world.memberB());
        IssuedStartCode chair = service.createAccount(new NewAccount(
                "chair" + world.groupA(), "Samira", Role.OFFICER, world.organisationA(), world.memberA()));
        SignIn_out();
        startCodes.redeemStartCode(chair.code(), "tulp-fiets", "tulp-fiets");
        assertThat(login(chair.username(), "tulp-fiets")).isTrue();

        var member = members.findById(world.memberA()).orElseThrow();
        jdbc.update("UPDATE member SET left_on = ? WHERE id = ?", LocalDate.now(TestClock.AMSTERDAM), member.getId());
        assertThat(login(chair.username(), "tulp-fiets"))
                .as("she left the group")
                .isFalse();
        assertThat(login(world.officerA(), TestWorld.PASSWORD)).isFalse();
        signInAs(world.coordinatorA());
        assertThat(service.account(chair.accountId()).mayLogIn()).isFalse();
        assertThatThrownBy(() -> service.createAccount(new NewAccount(
                        "chair2" + world.groupA(), "Samira", Role.OFFICER, world.organisationA(), world.memberA())))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void anOfficerAccountStopsWhenTheGroupEnds() {
        assertThat(login(world.officerA(), TestWorld.PASSWORD)).isTrue();
        jdbc.update("UPDATE kring SET ended_on = ? WHERE id = ?", LocalDate.now(TestClock.AMSTERDAM), world.groupA());
        assertThat(login(world.officerA(), TestWorld.PASSWORD)).isFalse();
    }

    @Test
    void everyActIsInTheAuditLogWithWhoWhatAndOnWhomAndNeverTheCode() {
        signInAs(world.coordinatorA());
        IssuedStartCode issued = service.createAccount(facilitator("lotte" + world.groupA(), world.organisationA()));
        service.disable(issued.accountId());
        service.enable(issued.accountId());
        List<AuditRow> lines = trail.audit(
                null, issued.accountId(), LocalDate.now(TestClock.AMSTERDAM), LocalDate.now(TestClock.AMSTERDAM));
        assertThat(lines)
                .extracting(AuditRow::action)
                .containsExactly(
                        AuditAction.ACCOUNT_ENABLED,
                        AuditAction.ACCOUNT_DISABLED,
                        AuditAction.START_CODE_ISSUED,
                        AuditAction.ACCOUNT_CREATED);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.actor()).isEqualTo(world.coordinatorA());
            assertThat(l.target()).isEqualTo(issued.username());
            assertThat(l.organisationId()).isEqualTo(world.organisationA());
        });
        String all = jdbc.queryForList("SELECT * FROM audit_event").toString();
        assertThat(all).doesNotContain(issued.code()).doesNotContain(StartCodes.hash(issued.code()));

        signInAs(world.coordinatorB());
        assertThat(trail.audit(null, null, null, null))
                .noneMatch(l -> issued.username().equals(l.target()));
        signInAs(world.admin());
        assertThat(trail.audit(world.organisationA(), null, null, null))
                .anyMatch(l -> issued.username().equals(l.target()));
    }

    @Test
    void theAuditTableRefusesChangesAndDeletes() {
        signInAs(world.coordinatorA());
        service.disable(demoAccounts.idOf(world.facilitatorA()));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor_name = 'niemand'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void anAdminGivesAFunderHerMunicipalitiesAndTheAdminAloneMakesFunders() {
        signInAs(world.admin());
        long funder = demoAccounts.idOf(world.funder());
        funderScopes.addFunderScope(funder, "Delft", null);
        funderScopes.addFunderScope(funder, null, world.organisationB());
        funderScopes.addFunderScope(funder, "Delft", null);
        assertThat(funderScopes.funderScopes(funder))
                .extracting(FunderScopeRow::label)
                .containsExactlyInAnyOrder(
                        "Delft",
                        service.organisationsForAccounts().stream()
                                .filter(o -> o.id() == world.organisationB())
                                .findFirst()
                                .orElseThrow()
                                .name());
        refused(() -> funderScopes.addFunderScope(funder, "Delft", world.organisationA()), "error.scope-choose-one");
        assertThatThrownBy(() -> funderScopes.addFunderScope(demoAccounts.idOf(world.facilitatorA()), "Delft", null))
                .as("only a funder has a scope")
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        funderScopes.removeFunderScope(funder, "Delft", null);
        assertThat(funderScopes.funderScopes(funder))
                .extracting(FunderScopeRow::municipality)
                .containsOnlyNulls();
        IssuedStartCode made = service.createAccount(new NewAccount(
                "gemeente" + world.groupA(), "Gemeente Delft", Role.FUNDER, world.organisationA(), null));
        assertThat(service.account(made.accountId()).organisationId())
                .as("a funder belongs to no organisation")
                .isNull();
    }

    @Test
    void aChangedRoleIsAChangedAccountOnlyAnAdminGivesCoordinator() {
        signInAs(world.coordinatorA());
        long facilitator = demoAccounts.idOf(world.facilitatorA());
        assertThatThrownBy(() -> service.changeRole(facilitator, Role.COORDINATOR))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(world.admin());
        long versionBefore = version(facilitator);
        service.changeRole(facilitator, Role.COORDINATOR);
        assertThat(service.account(facilitator).role()).isEqualTo(Role.COORDINATOR);
        assertThat(version(facilitator)).isGreaterThan(versionBefore);
        refused(
                () -> service.changeRole(demoAccounts.idOf(world.officerA()), Role.FACILITATOR),
                "error.role-cannot-change");
    }

    // ---- helpers ----

    private NewAccount facilitator(String username, long organisationId) {
        return new NewAccount(username, "Nieuwe begeleider", Role.FACILITATOR, organisationId, null);
    }

    /** Logs in as the login form does: password checked, and a disabled account refused. */
    private boolean login(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return true;
        } catch (DisabledException | BadCredentialsException e) {
            return false;
        }
    }

    private void SignIn_out() {
        SignIn.out();
    }

    private String passwordHash(long accountId) {
        return jdbc.queryForObject("SELECT password_hash FROM user_account WHERE id = ?", String.class, accountId);
    }

    private long version(long accountId) {
        return jdbc.queryForObject("SELECT version FROM user_account WHERE id = ?", Long.class, accountId);
    }

    private long accountCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Long.class);
    }

    private long auditLines() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
    }
}
