package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.security.AccountRow;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.FunderScopeService;
import nl.kringwerk.security.GroupDirectory.OrganisationChoice;
import nl.kringwerk.security.IssuedStartCode;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.StartCodeService;
import org.jspecify.annotations.Nullable;

/**
 * Beheer: the accounts this user manages (an admin all, a coordinator those of her organisation),
 * filtered by role and organisation; make one, switch one off or on, give a new start code, and for
 * an admin what a funder sees.
 */
@Route("beheer")
@Menu(order = 20, icon = "vaadin:cog", title = "nav.admin")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService service;
    private final StartCodeService startCodes;
    private final FunderScopeService funderScopes;
    private final List<OrganisationChoice> organisations;
    private final Select<@Nullable Role> role = new Select<>();
    private final ComboBox<OrganisationChoice> organisation = new ComboBox<>();
    private final Div list = new Div();
    private final boolean admin;

    AccountsView(AccountService service, StartCodeService startCodes, FunderScopeService funderScopes) {
        this.service = service;
        this.startCodes = startCodes;
        this.funderScopes = funderScopes;
        addClassName("page");
        List<Role> grantable = service.grantableRoles();
        admin = grantable.contains(Role.ADMIN);
        organisations = service.organisationsForAccounts();

        H1 title = new H1(getTranslation("accounts.title"));
        Button create = new Button(
                getTranslation("accounts.create"),
                new Icon(VaadinIcon.PLUS),
                click -> new AccountDialog(service, grantable, organisations, this::issued).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.setId("create-account");
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        role.setLabel(getTranslation("accounts.filter.role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("accounts.filter.all"));
        role.setItems(grantable);
        role.setItemLabelGenerator(
                r -> r == null ? getTranslation("accounts.filter.all") : getTranslation("role." + r.name()));
        role.setId("filter-role");
        role.addValueChangeListener(e -> refresh());
        organisation.setLabel(getTranslation("accounts.filter.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("filter-organisation");
        organisation.addValueChangeListener(e -> refresh());
        organisation.setVisible(organisations.size() > 1);
        HorizontalLayout filters = new HorizontalLayout(role, organisation);
        filters.addClassName("filters");

        list.addClassName("account-list");
        list.setId("accounts");
        add(AdminLinks.of(this, admin), header, filters, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        OrganisationChoice chosen = organisation.getValue();
        List<AccountRow> rows = service.accounts(role.getValue(), chosen == null ? null : chosen.id());
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("accounts.none"));
            none.setId("no-accounts");
            list.add(none);
        }
        rows.forEach(row -> list.add(card(row)));
    }

    private Div card(AccountRow row) {
        Div card = new Div();
        card.addClassName("account-card");
        card.setId("account-" + row.username());
        Span name = new Span(row.displayName());
        name.addClassName("account-name");
        Span username = new Span(row.username());
        username.addClassName("code");
        Span what = new Span(getTranslation("role." + row.role().name())
                + (row.organisationName().isEmpty() ? "" : " · " + row.organisationName()));
        Span status = new Span(getTranslation(
                !row.enabled()
                        ? "accounts.status.off"
                        : row.mayLogIn() ? "accounts.status.on" : "accounts.status.blocked"));
        status.addClassName(row.enabled() && row.mayLogIn() ? "status-on" : "status-off");
        status.setId("status-" + row.username());
        card.add(new Div(name, username), new Div(what), status);

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("account-actions");
        Button toggle = row.enabled()
                ? new Button(
                        getTranslation("accounts.disable"),
                        new Icon(VaadinIcon.BAN),
                        click -> act(() -> service.disable(row.id())))
                : new Button(
                        getTranslation("accounts.enable"),
                        new Icon(VaadinIcon.CHECK),
                        click -> act(() -> service.enable(row.id())));
        toggle.setId((row.enabled() ? "disable-" : "enable-") + row.username());
        Button code = new Button(getTranslation("accounts.new-start-code"), new Icon(VaadinIcon.KEY), click -> {
            try {
                issued(startCodes.issueStartCode(row.id()));
            } catch (InvalidInputException refusal) {
                notify(refusal);
            }
        });
        code.setId("start-code-" + row.username());
        actions.add(toggle, code);
        if (!row.rolesToGive().isEmpty()) {
            Button role = new Button(
                    getTranslation("accounts.role.change"),
                    new Icon(VaadinIcon.EXCHANGE),
                    click -> new RoleDialog(service, row, this::refresh).open());
            role.setId("role-" + row.username());
            actions.add(role);
        }
        if (admin && row.role() == Role.FUNDER) {
            Button scope = new Button(
                    getTranslation("accounts.funder-scope"),
                    new Icon(VaadinIcon.MAP_MARKER),
                    click -> new FunderScopeDialog(funderScopes, organisations, row).open());
            scope.setId("scope-" + row.username());
            actions.add(scope);
        }
        card.add(actions);
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (InvalidInputException refusal) {
            notify(refusal);
        }
    }

    private void notify(InvalidInputException refusal) {
        Notification.show(
                getTranslation(
                        refusal.problems().get(0).messageKey(),
                        refusal.problems().get(0).arguments().toArray()),
                6000,
                Notification.Position.MIDDLE);
    }

    private void issued(IssuedStartCode code) {
        refresh();
        new StartCodeDialog(code).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
