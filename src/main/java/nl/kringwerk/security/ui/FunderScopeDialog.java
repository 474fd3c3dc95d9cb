package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.security.AccountRow;
import nl.kringwerk.security.FunderScopeRow;
import nl.kringwerk.security.FunderScopeService;
import nl.kringwerk.security.GroupDirectory.OrganisationChoice;

/** What a funder sees on the insights page: municipalities, or the groups of organisations (admin only). */
class FunderScopeDialog extends Dialog {

    private final FunderScopeService service;
    private final AccountRow funder;
    private final Div scopes = new Div();
    private final TextField municipality = new TextField();
    private final Select<OrganisationChoice> organisation = new Select<>();
    private final FieldErrors errors = new FieldErrors(this);

    FunderScopeDialog(FunderScopeService service, List<OrganisationChoice> organisations, AccountRow funder) {
        this.service = service;
        this.funder = funder;
        setHeaderTitle(getTranslation("funder-scope.title", funder.displayName()));
        scopes.setId("funder-scopes");
        municipality.setLabel(getTranslation("funder-scope.municipality"));
        municipality.setId("scope-municipality");
        Button addMunicipality = new Button(getTranslation("funder-scope.add"), new Icon(VaadinIcon.PLUS), click -> {
            if (errors.attempt(() -> service.addFunderScope(funder.id(), municipality.getValue(), null))) {
                municipality.clear();
                refresh();
            }
        });
        addMunicipality.setId("add-municipality");
        organisation.setLabel(getTranslation("funder-scope.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setId("scope-organisation");
        Button addOrganisation = new Button(getTranslation("funder-scope.add"), new Icon(VaadinIcon.PLUS), click -> {
            OrganisationChoice chosen = organisation.getValue();
            if (errors.attempt(() -> service.addFunderScope(funder.id(), null, chosen == null ? null : chosen.id()))) {
                organisation.clear();
                refresh();
            }
        });
        addOrganisation.setId("add-organisation");
        errors.bind("municipality", municipality).bind("scope", municipality);
        Paragraph hint = new Paragraph(getTranslation("funder-scope.hint"));
        hint.addClassName("hint");
        HorizontalLayout byPlace = new HorizontalLayout(municipality, addMunicipality);
        byPlace.setAlignItems(Alignment.BASELINE);
        byPlace.setWrap(true);
        HorizontalLayout byOrganisation = new HorizontalLayout(organisation, addOrganisation);
        byOrganisation.setAlignItems(Alignment.BASELINE);
        byOrganisation.setWrap(true);
        add(hint, scopes, byPlace, byOrganisation);
        Button done = new Button(getTranslation("start-code.dialog.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        refresh();
    }

    private void refresh() {
        scopes.removeAll();
        for (FunderScopeRow scope : service.funderScopes(funder.id())) {
            Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), click -> {
                service.removeFunderScope(funder.id(), scope.municipality(), scope.organisationId());
                refresh();
            });
            remove.setAriaLabel(getTranslation("funder-scope.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Span label = new Span(
                    scope.municipality() != null
                            ? getTranslation("funder-scope.row.municipality", scope.label())
                            : getTranslation("funder-scope.row.organisation", scope.label()));
            scopes.add(new Div(label, remove));
        }
        if (scopes.getChildren().findAny().isEmpty()) {
            scopes.add(new Paragraph(getTranslation("funder-scope.none")));
        }
    }

    private interface Alignment {
        FlexComponent.Alignment BASELINE = FlexComponent.Alignment.BASELINE;
    }
}
