package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.LongConsumer;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRules;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.OrganisationOption;
import org.jspecify.annotations.Nullable;

/** Start a new group, or change the details of one. The service checks; this only collects. */
class GroupFormDialog extends Dialog {

    private final TextField name = new TextField();
    private final RadioButtonGroup<GroupType> type = new RadioButtonGroup<>();
    private final TextField municipality = new TextField();
    private final DatePicker startedOn;
    private final Select<DayOfWeek> meetingDay = new Select<>();
    private final TimePicker meetingTime = new TimePicker();
    private final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    /**
     * Start a new group in one of these organisations (a choice appears when there are several),
     * from today on.
     */
    static GroupFormDialog startNew(
            GroupService service, List<OrganisationOption> organisations, LocalDate today, LongConsumer onCreated) {
        GroupFormDialog dialog = new GroupFormDialog(service, organisations, null, null, onCreated);
        dialog.startedOn.setValue(today);
        return dialog;
    }

    static GroupFormDialog change(GroupService service, long groupId, GroupDetails current, LongConsumer onChanged) {
        return new GroupFormDialog(service, List.of(), groupId, current, onChanged);
    }

    private GroupFormDialog(
            GroupService service,
            List<OrganisationOption> organisations,
            @Nullable Long groupId,
            @Nullable GroupDetails current,
            LongConsumer onSaved) {
        setHeaderTitle(getTranslation(groupId == null ? "group.form.create-title" : "group.form.change-title"));
        startedOn = Dates.picker(getTranslation("group.field.started-on"), getLocale());
        configureFields(organisations);
        if (current != null) {
            fill(current);
        } else {
            type.setValue(GroupType.SAVINGS_CIRCLE);
            frequency.setValue(Frequency.WEEKLY);
        }

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        if (groupId == null && organisations.size() > 1) {
            form.add(organisation, 2);
        }
        form.add(name, 2);
        form.add(type, 2);
        form.add(municipality, place, startedOn, meetingDay, meetingTime, frequency);
        add(form);

        errors.bind("name", name)
                .bind("type", type)
                .bind("municipality", municipality)
                .bind("startedOn", startedOn)
                .bind("meetingDay", meetingDay)
                .bind("meetingTime", meetingTime)
                .bind("frequency", frequency)
                .bind("place", place)
                .bind("organisation", organisation);

        Button save = new Button(getTranslation("action.save"), click -> {
            long[] saved = {groupId == null ? -1 : groupId};
            boolean ok = errors.attempt(() -> {
                if (groupId == null) {
                    OrganisationOption chosen =
                            organisations.size() == 1 ? organisations.get(0) : organisation.getValue();
                    if (chosen == null) {
                        throw InvalidInputException.of("organisation", "error.required");
                    }
                    saved[0] = service.createGroup(chosen.id(), details());
                } else {
                    service.changeGroup(groupId, details());
                }
            });
            if (ok) {
                close();
                onSaved.accept(saved[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-group");
        DialogButtons.cancelAnd(this, save);
        setWidth("min(48rem, 96vw)");
    }

    private void configureFields(List<OrganisationOption> organisations) {
        name.setLabel(getTranslation("group.field.name"));
        name.setMaxLength(GroupRules.MAX_NAME + 20); // longer input reaches the service and gets its message
        name.setHelperText(getTranslation("group.field.name-help"));
        name.setId("group-name");
        type.setLabel(getTranslation("group.field.type"));
        type.setItems(GroupType.values());
        type.setItemLabelGenerator(t -> GroupLabels.type(this, t));
        type.setId("group-type");
        municipality.setLabel(getTranslation("group.field.municipality"));
        municipality.setId("group-municipality");
        place.setLabel(getTranslation("group.field.place"));
        place.setId("group-place");
        meetingDay.setLabel(getTranslation("group.field.meeting-day"));
        meetingDay.setItems(DayOfWeek.values());
        meetingDay.setItemLabelGenerator(d -> Dates.weekday(d, getLocale()));
        meetingDay.setId("group-day");
        meetingTime.setLabel(getTranslation("group.field.meeting-time"));
        meetingTime.setStep(Duration.ofMinutes(15));
        meetingTime.setLocale(getLocale());
        meetingTime.setValue(LocalTime.of(19, 30));
        meetingTime.setId("group-time");
        frequency.setLabel(getTranslation("group.field.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> GroupLabels.frequency(this, f));
        frequency.setId("group-frequency");
        startedOn.setId("group-started-on");
        organisation.setLabel(getTranslation("group.field.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setId("group-organisation");
    }

    private void fill(GroupDetails d) {
        name.setValue(d.name());
        type.setValue(d.type());
        municipality.setValue(d.municipality());
        startedOn.setValue(d.startedOn());
        meetingDay.setValue(d.meetingDay());
        meetingTime.setValue(d.meetingTime());
        frequency.setValue(d.frequency());
        place.setValue(d.place());
    }

    private GroupDetails details() {
        return new GroupDetails(
                name.getValue(),
                type.getValue(),
                municipality.getValue(),
                startedOn.getValue(),
                meetingDay.getValue(),
                meetingTime.getValue(),
                frequency.getValue(),
                place.getValue());
    }
}
