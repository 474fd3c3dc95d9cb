package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.AttendanceLine;
import org.jspecify.annotations.Nullable;

/** Who chairs, records and counts today, picked from the members present. */
class RolesPanel extends VerticalLayout {

    private final Button save;

    RolesPanel(MeetingContext meeting) {
        setPadding(false);
        addClassName("section");
        setId("roles");
        add(new H2(getTranslation("meeting.roles")));
        List<Long> present =
                meeting.state().present().stream().map(AttendanceLine::memberId).toList();
        SessionRoles current = meeting.state().roles();
        if (current.chair() == null) {
            // Nobody chose yet: suggest a fair rotation; the group can change any task.
            current = meeting.savings()
                    .tasks()
                    .suggestedRoles(meeting.sessionId())
                    .orElse(current);
            if (current.chair() != null) {
                Paragraph hint = new Paragraph(getTranslation("meeting.roles-suggested"));
                hint.addClassName("hint");
                add(hint);
            }
        }
        Select<Long> chair = select("chair", present, current.chair(), meeting);
        Select<Long> bookkeeper = select("bookkeeper", present, current.bookkeeper(), meeting);
        Select<Long> counter1 = select("counter1", present, current.counter1(), meeting);
        Select<Long> counter2 = select("counter2", present, current.counter2(), meeting);
        FormLayout form = new FormLayout(chair, bookkeeper, counter1, counter2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        FieldErrors errors = new FieldErrors(this)
                .bind("chair", chair)
                .bind("bookkeeper", bookkeeper)
                .bind("counter1", counter1)
                .bind("counter2", counter2);
        boolean planned = meeting.state().status() == SessionStatus.PLANNED;
        Button save = new Button(
                getTranslation(planned ? "meeting.open" : "meeting.change-roles"),
                new Icon(planned ? VaadinIcon.PLAY : VaadinIcon.CHECK),
                click -> {
                    SessionRoles roles = new SessionRoles(
                            chair.getValue(), bookkeeper.getValue(), counter1.getValue(), counter2.getValue());
                    boolean ok = errors.attempt(() -> {
                        if (planned) {
                            meeting.savings().sessions().openSession(meeting.sessionId(), roles);
                        } else {
                            meeting.savings().tasks().changeRoles(meeting.sessionId(), roles);
                        }
                    });
                    if (ok) {
                        meeting.changed().run();
                    }
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId(planned ? "open-session" : "change-roles");
        add(save);
        this.save = save;
    }

    /**
     * The panel's button in a bar of its own, which stays at the bottom of the screen while the
     * presentielijst above it is long: "Bijeenkomst openen" is in view without scrolling.
     */
    Div actionBar() {
        Div bar = new Div(save);
        bar.addClassName("meeting-action-bar");
        return bar;
    }

    private Select<Long> select(String role, List<Long> present, @Nullable Long value, MeetingContext meeting) {
        Select<Long> select = new Select<>();
        select.setLabel(getTranslation("role-at-session." + role));
        select.setItems(present);
        select.setItemLabelGenerator(id -> meeting.state().nameOf(id));
        select.setEmptySelectionAllowed(false);
        if (value != null && present.contains(value)) {
            select.setValue(value);
        }
        select.setId("role-" + role);
        return select;
    }
}
