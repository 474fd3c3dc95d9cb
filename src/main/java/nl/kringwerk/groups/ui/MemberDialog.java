package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import org.jspecify.annotations.Nullable;

/** Add a member, or change one. Only a first name or nickname is asked: we keep as little as we can. */
class MemberDialog extends Dialog {

    private final TextField displayName = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final DatePicker joinedOn;
    private final FieldErrors errors = new FieldErrors(this);

    /**
     * @param existing the member to change; null adds one
     * @param today proposed as the day a new member joins
     */
    MemberDialog(GroupService service, long groupId, @Nullable MemberRow existing, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "member.form.add-title" : "member.form.change-title"));
        joinedOn = Dates.picker(getTranslation("member.field.joined-on"), getLocale());
        displayName.setLabel(getTranslation("member.field.name"));
        displayName.setHelperText(getTranslation("member.field.name-help"));
        displayName.setId("member-name");
        phone.setLabel(getTranslation("member.field.phone"));
        phone.setHelperText(getTranslation("member.field.optional"));
        phone.setId("member-phone");
        email.setLabel(getTranslation("member.field.email"));
        email.setHelperText(getTranslation("member.field.optional"));
        email.setId("member-email");
        joinedOn.setId("member-joined-on");
        if (existing != null) {
            displayName.setValue(existing.displayName());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            email.setValue(existing.email() == null ? "" : existing.email());
            joinedOn.setValue(existing.joinedOn());
        } else {
            joinedOn.setValue(today);
        }
        errors.bind("displayName", displayName)
                .bind("phone", phone)
                .bind("email", email)
                .bind("joinedOn", joinedOn);

        FormLayout form = new FormLayout(displayName, joinedOn, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Paragraph privacy = new Paragraph(getTranslation("member.form.privacy"));
        privacy.addClassName("hint");
        add(form, privacy);

        Button save = new Button(getTranslation("action.save"), click -> {
            MemberDetails details =
                    new MemberDetails(displayName.getValue(), phone.getValue(), email.getValue(), joinedOn.getValue());
            boolean ok = errors.attempt(() -> {
                if (existing == null) {
                    service.addMember(groupId, details);
                } else {
                    service.changeMember(groupId, existing.id(), details);
                }
            });
            if (ok) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-member");
        DialogButtons.cancelAnd(this, save);
        setWidth("min(40rem, 96vw)");
    }
}
