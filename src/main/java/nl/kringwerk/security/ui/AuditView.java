package nl.kringwerk.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.security.AccountRow;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.AuditRow;
import nl.kringwerk.security.AuditTrail;
import nl.kringwerk.security.GroupDirectory.OrganisationChoice;
import nl.kringwerk.security.Role;

/** Beheer: who did what, when, to whom. An admin reads all of it, a coordinator her own organisation's. */
@Route("beheer/logboek")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final AuditTrail trail;
    private final ComboBox<OrganisationChoice> organisation = new ComboBox<>();
    private final ComboBox<AccountRow> account = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Div lines = new Div();
    private final Map<Long, String> organisationNames;

    AuditView(AccountService service, AuditTrail trail) {
        this.trail = trail;
        addClassName("page");
        boolean admin = service.grantableRoles().contains(Role.ADMIN);
        List<OrganisationChoice> organisations = service.organisationsForAccounts();
        organisationNames =
                organisations.stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
        organisation.setLabel(getTranslation("accounts.filter.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setClearButtonVisible(true);
        organisation.setVisible(admin);
        organisation.setId("audit-organisation");
        account.setLabel(getTranslation("audit.filter.account"));
        account.setItems(service.accounts(null, null));
        account.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        account.setClearButtonVisible(true);
        account.setId("audit-account");
        from = Dates.picker(getTranslation("audit.filter.from"), getLocale());
        to = Dates.picker(getTranslation("audit.filter.to"), getLocale());
        from.setId("audit-from");
        to.setId("audit-to");
        organisation.addValueChangeListener(e -> refresh());
        account.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(organisation, account, from, to);
        filters.addClassName("filters");
        filters.setWrap(true);
        lines.setId("audit-lines");
        lines.addClassName("audit-lines");
        Paragraph hint = new Paragraph(getTranslation("audit.hint"));
        hint.addClassName("hint");
        add(AdminLinks.of(this, admin), new H1(getTranslation("audit.title")), hint, filters, lines);
        refresh();
    }

    private void refresh() {
        lines.removeAll();
        OrganisationChoice o = organisation.getValue();
        AccountRow a = account.getValue();
        List<AuditRow> rows =
                trail.audit(o == null ? null : o.id(), a == null ? null : a.id(), from.getValue(), to.getValue());
        if (rows.isEmpty()) {
            lines.add(new Paragraph(getTranslation("audit.none")));
        }
        for (AuditRow row : rows) {
            Div line = new Div(
                    new Span(WHEN.format(row.occurredAt().atZone(ZoneId.of("Europe/Amsterdam")))),
                    new Span(row.actor()),
                    new Span(getTranslation("audit-action." + row.action().name())),
                    new Span(row.target() == null ? "" : row.target()),
                    new Span(
                            row.organisationId() == null
                                    ? ""
                                    : organisationNames.getOrDefault(row.organisationId(), "")),
                    new Span(row.detail() == null ? "" : row.detail()));
            line.addClassName("audit-line");
            lines.add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
