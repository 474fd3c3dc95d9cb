package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.service.OrganisationRow;
import nl.kringwerk.groups.service.OrganisationService;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.ui.AdminLinks;

/** Beheer, admin only: the organisations that run groups. Make one, rename it, stop it or start it again. */
@Route("beheer/organisaties")
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService service;
    private final Div list = new Div();

    OrganisationsView(OrganisationService service) {
        this.service = service;
        addClassName("page");
        TextField name = new TextField(getTranslation("organisations.new-name"));
        name.setId("organisation-name");
        FieldErrors errors = new FieldErrors(this).bind("name", name);
        Button create = new Button(getTranslation("organisations.create"), new Icon(VaadinIcon.PLUS), click -> {
            if (errors.attempt(() -> service.createOrganisation(name.getValue()))) {
                name.clear();
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-organisation");
        HorizontalLayout add = new HorizontalLayout(name, create);
        add.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.setId("organisations");
        list.addClassName("account-list");
        add(AdminLinks.of(this, true), new H1(getTranslation("organisations.title")), add, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (OrganisationRow row : service.organisations()) {
            Div card = new Div();
            card.addClassName("account-card");
            card.setId("organisation-" + row.id());
            TextField rename = new TextField();
            rename.setValue(row.name());
            rename.setAriaLabel(getTranslation("organisations.rename"));
            rename.setId("rename-" + row.id());
            FieldErrors errors = new FieldErrors(this).bind("name", rename);
            Button save = new Button(getTranslation("organisations.rename"), click -> {
                if (errors.attempt(() -> service.renameOrganisation(row.id(), rename.getValue()))) {
                    refresh();
                }
            });
            save.setId("save-name-" + row.id());
            Button toggle = row.active()
                    ? new Button(getTranslation("organisations.deactivate"), click -> {
                        service.deactivateOrganisation(row.id());
                        refresh();
                    })
                    : new Button(getTranslation("organisations.activate"), click -> {
                        service.activateOrganisation(row.id());
                        refresh();
                    });
            toggle.setId((row.active() ? "deactivate-" : "activate-") + row.id());
            Span status = new Span(getTranslation(row.active() ? "organisations.active" : "organisations.inactive")
                    + " · " + getTranslation("groups.members-count-groups", row.groups()));
            status.setId("organisation-status-" + row.id());
            HorizontalLayout line = new HorizontalLayout(rename, save, toggle);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            card.add(line, status);
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " · " + getTranslation("app.name");
    }
}
