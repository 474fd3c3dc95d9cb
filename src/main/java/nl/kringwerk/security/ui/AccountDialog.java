package nl.kringwerk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.security.AccountService;
import nl.kringwerk.security.GroupDirectory.OfficerSeat;
import nl.kringwerk.security.GroupDirectory.OrganisationChoice;
import nl.kringwerk.security.IssuedStartCode;
import nl.kringwerk.security.NewAccount;
import nl.kringwerk.security.Role;

/** Make an account: a name, a username, a role and where it belongs. The person gets a start code. */
class AccountDialog extends Dialog {

    private final AccountService service;
    private final TextField displayName = new TextField();
    private final TextField username = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<OrganisationChoice> organisation = new Select<>();
    private final ComboBox<OfficerSeat> member = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    AccountDialog(
            AccountService service,
            List<Role> roles,
            List<OrganisationChoice> organisations,
            Consumer<IssuedStartCode> onCreated) {
        this.service = service;
        setHeaderTitle(getTranslation("accounts.form.title"));
        displayName.setLabel(getTranslation("accounts.field.name"));
        displayName.setId("account-name");
        username.setLabel(getTranslation("accounts.field.username"));
        username.setHelperText(getTranslation("accounts.field.username-help"));
        username.setId("account-username");
        role.setLabel(getTranslation("accounts.field.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("account-role");
        organisation.setLabel(getTranslation("accounts.field.organisation"));
        organisation.setItems(
                organisations.stream().filter(OrganisationChoice::active).toList());
        organisation.setItemLabelGenerator(OrganisationChoice::name);
        organisation.setId("account-organisation");
        member.setLabel(getTranslation("accounts.field.member"));
        member.setHelperText(getTranslation("accounts.field.member-help"));
        member.setItemLabelGenerator(s -> s.memberName() + " · " + s.groupName());
        member.setId("account-member");
        if (organisations.size() == 1) {
            organisation.setValue(organisations.get(0));
        }
        role.addValueChangeListener(e -> arrange());
        organisation.addValueChangeListener(e -> arrange());
        member.addValueChangeListener(e -> {
            if (e.getValue() != null && displayName.isEmpty()) {
                displayName.setValue(e.getValue().memberName());
            }
        });
        arrange();
        errors.bind("displayName", displayName)
                .bind("username", username)
                .bind("role", role)
                .bind("organisation", organisation)
                .bind("member", member);
        FormLayout form = new FormLayout(role, organisation, member, displayName, username);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Paragraph hint = new Paragraph(getTranslation("accounts.form.hint"));
        hint.addClassName("hint");
        add(form, hint);

        Button save = new Button(getTranslation("accounts.form.save"), click -> {
            try {
                errors.attempt(() -> {
                    OrganisationChoice o = organisation.getValue();
                    OfficerSeat seat = member.getValue();
                    IssuedStartCode code = service.createAccount(new NewAccount(
                            username.getValue(),
                            displayName.getValue(),
                            role.getValue(),
                            o == null ? null : o.id(),
                            seat == null ? null : seat.memberId()));
                    close();
                    onCreated.accept(code);
                });
            } catch (NotFoundOrNotAllowedException refused) {
                errors.show(InvalidInputException.of("member", "error.not-found-or-not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-account");
        DialogButtons.cancelAnd(this, save);
    }

    /** An organisation only for staff of one; a member only for an officer, from the chosen organisation. */
    private void arrange() {
        Role chosen = role.getValue();
        boolean ofOrganisation = chosen == Role.COORDINATOR || chosen == Role.FACILITATOR || chosen == Role.OFFICER;
        organisation.setVisible(ofOrganisation);
        boolean officer = chosen == Role.OFFICER;
        member.setVisible(officer);
        OrganisationChoice o = organisation.getValue();
        member.setItems(officer && o != null ? service.officerCandidates(o.id()) : List.of());
    }
}
