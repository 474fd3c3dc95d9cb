package nl.kringwerk.demo;

import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.OrganisationService;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.FunderScopeService;
import nl.kringwerk.security.IssuedStartCode;
import nl.kringwerk.security.NewAccount;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.StartCodeService;
import org.jspecify.annotations.Nullable;

/**
 * The demo's organisations, accounts, assignments and funder scopes, made through the same services
 * as the Beheer screens (signed in as the demo admin or a coordinator), so the Beheer screens and the
 * audit log show real rows. Only the demo password is set directly afterwards: "kring2026" is
 * shorter than the 12 characters a real staff account needs, and the login page lists it.
 */
final class DemoAdministration {

    private final DemoAccounts accounts;
    private final AccountService accountService;
    private final StartCodeService startCodes;
    private final FunderScopeService funderScopes;
    private final OrganisationService organisations;
    private final GroupService groups;

    DemoAdministration(
            DemoAccounts accounts,
            AccountService accountService,
            StartCodeService startCodes,
            FunderScopeService funderScopes,
            OrganisationService organisations,
            GroupService groups) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.startCodes = startCodes;
        this.funderScopes = funderScopes;
        this.organisations = organisations;
        this.groups = groups;
    }

    long organisation(String name) {
        long[] id = new long[1];
        accounts.runAs("admin", () -> id[0] = organisations.createOrganisation(name));
        return id[0];
    }

    /** Made by the admin, started with its start code, then given the demo password. */
    long account(String username, String name, Role role, @Nullable Long organisationId, @Nullable Long memberId) {
        IssuedStartCode[] issued = new IssuedStartCode[1];
        accounts.runAs(
                "admin",
                () -> issued[0] =
                        accountService.createAccount(new NewAccount(username, name, role, organisationId, memberId)));
        start(issued[0]);
        return issued[0].accountId();
    }

    /** Inside {@link #asCoordinator}: a chair's account for a member of one of her groups. */
    void officer(String username, String name, long organisationId, long memberId) {
        start(accountService.createAccount(new NewAccount(username, name, Role.OFFICER, organisationId, memberId)));
    }

    /** Inside {@link #asCoordinator}: an account whose start code has not been used yet. */
    void pending(String username, String name, long organisationId) {
        accountService.createAccount(new NewAccount(username, name, Role.FACILITATOR, organisationId, null));
    }

    /** Inside {@link #asCoordinator}: an account that was used and then switched off. */
    void stopped(String username, String name, long organisationId) {
        IssuedStartCode issued =
                accountService.createAccount(new NewAccount(username, name, Role.FACILITATOR, organisationId, null));
        start(issued);
        accountService.disable(issued.accountId());
    }

    void assign(long groupId, long facilitatorId) {
        groups.assignFacilitator(groupId, facilitatorId);
    }

    void asCoordinator(String username, Runnable action) {
        accounts.runAs(username, action);
    }

    void scope(String funder, @Nullable String municipality, @Nullable Long organisationId) {
        accounts.runAs("admin", () -> funderScopes.addFunderScope(accounts.idOf(funder), municipality, organisationId));
    }

    private void start(IssuedStartCode issued) {
        startCodes.redeemStartCode(issued.code(), "demo start wachtwoord", "demo start wachtwoord");
        accounts.setDemoPassword(issued.username(), DemoData.PASSWORD);
    }
}
