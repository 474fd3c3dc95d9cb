package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.AttendanceLine;

/**
 * The presentielijst: "Iedereen is er" marks everyone at once, then tap absent or excused where
 * needed; each present member ticks to sign.
 */
class AttendancePanel extends VerticalLayout {

    AttendancePanel(MeetingContext meeting) {
        setPadding(false);
        addClassName("section");
        setId("attendance");
        add(new H2(getTranslation("meeting.attendance")));
        if (meeting.state().attendance().stream().anyMatch(line -> line.status() == null)) {
            Button everyone = new Button(
                    getTranslation("attendance.everyone"),
                    new Icon(VaadinIcon.USERS),
                    click -> meeting.attempt(
                            this, () -> meeting.savings().sessions().markOthersPresent(meeting.sessionId())));
            everyone.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            everyone.setId("mark-everyone-present");
            Span hint = new Span(getTranslation("attendance.everyone-hint"));
            hint.addClassName("hint");
            Div quick = new Div(everyone, hint);
            quick.addClassName("choice-buttons");
            add(quick);
        }
        Div rows = new Div();
        rows.addClassName("rows");
        for (AttendanceLine line : meeting.state().attendance()) {
            rows.add(row(meeting, line));
        }
        add(rows);
    }

    private Div row(MeetingContext meeting, AttendanceLine line) {
        Span name = new Span(line.name());
        name.addClassName("row-title");
        Div row = new Div(name);
        row.addClassName("member-row");
        row.setId("attendance-" + line.memberId());
        Div buttons = new Div();
        buttons.addClassName("choice-buttons");
        for (AttendanceStatus status : AttendanceStatus.values()) {
            Button b = new Button(
                    getTranslation("attendance." + status.name()),
                    click -> meeting.attempt(
                            this,
                            () -> meeting.savings()
                                    .sessions()
                                    .markAttendance(meeting.sessionId(), line.memberId(), status)));
            b.setId("mark-" + status.name().toLowerCase() + "-" + line.memberId());
            if (status == line.status()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(b);
        }
        if (line.isPresent()) {
            Button sign = new Button(
                    getTranslation(line.signed() ? "attendance.signed" : "attendance.sign"),
                    new Icon(line.signed() ? VaadinIcon.CHECK_SQUARE_O : VaadinIcon.THIN_SQUARE),
                    click -> meeting.attempt(
                            this, () -> meeting.savings().sessions().sign(meeting.sessionId(), line.memberId())));
            sign.setId("sign-" + line.memberId());
            sign.setEnabled(!line.signed());
            if (line.signed()) {
                sign.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            }
            buttons.add(sign);
        }
        row.add(buttons);
        return row;
    }
}
