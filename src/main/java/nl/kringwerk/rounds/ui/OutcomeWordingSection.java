package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.groups.service.OrganisationOption;
import nl.kringwerk.groups.ui.GroupsOverviewSection;
import nl.kringwerk.rounds.service.OutcomeWordingService;
import nl.kringwerk.security.Role;

/**
 * On the groups page, for a coordinator (her organisation) and an administrator (each organisation):
 * the outcome statements in the organisation's own words, folded away until she opens it.
 */
@SpringComponent
class OutcomeWordingSection implements GroupsOverviewSection {

    private final OutcomeWordingService wording;
    private final AuthenticationContext authentication;

    OutcomeWordingSection(OutcomeWordingService wording, AuthenticationContext authentication) {
        this.wording = wording;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> create() {
        if (!authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.COORDINATOR)) {
            return Optional.empty();
        }
        List<OrganisationOption> organisations = wording.organisations();
        if (organisations.isEmpty()) {
            return Optional.empty();
        }
        Div content = new Div();
        content.add(new Paragraph(content.getTranslation("wording.what")));
        Div buttons = new Div();
        buttons.addClassName("choice-buttons");
        for (OrganisationOption organisation : organisations) {
            String label = organisations.size() == 1
                    ? content.getTranslation("wording.open")
                    : content.getTranslation("wording.open") + ": " + organisation.name();
            Button open = new Button(
                    label,
                    new Icon(VaadinIcon.EDIT),
                    click -> new OutcomeWordingDialog(wording, organisation.id()).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("wording-open-" + organisation.id());
            buttons.add(open);
        }
        content.add(buttons);
        Details details = new Details(content.getTranslation("wording.title"), content);
        details.setId("outcome-wording");
        details.addClassName("section");
        return Optional.of(details);
    }
}
