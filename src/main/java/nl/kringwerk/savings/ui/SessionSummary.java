package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import nl.kringwerk.base.ui.Fact;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.MeetingState;

/** A closed session, read-only: who held which role, who was there, the box. */
class SessionSummary extends VerticalLayout {

    SessionSummary(MeetingState state) {
        setPadding(false);
        addClassName("section");
        setId("summary");
        add(new H2(getTranslation("summary.title")));
        Div facts = new Div(
                fact("summary.today-in", state.todayIn().format()),
                fact(
                        "summary.box",
                        state.countedCash() == null ? "" : state.countedCash().format()),
                fact("role-at-session.chair", state.nameOf(state.roles().chair())),
                fact("role-at-session.bookkeeper", state.nameOf(state.roles().bookkeeper())),
                fact(
                        "summary.counters",
                        state.nameOf(state.roles().counter1()) + ", "
                                + state.nameOf(state.roles().counter2())),
                fact(
                        "summary.present",
                        state.present().size() + " / " + state.attendance().size()));
        facts.addClassName("facts");
        facts.setId("summary-facts");
        add(facts);
        String absent = state.attendance().stream()
                .filter(a -> a.status() != AttendanceStatus.PRESENT)
                .map(a -> a.name() + " ("
                        + getTranslation("attendance."
                                + (a.status() == null ? "ABSENT" : a.status().name())) + ")")
                .collect(Collectors.joining(", "));
        if (!absent.isEmpty()) {
            add(new Span(getTranslation("summary.not-present", absent)));
        }
    }

    private Fact fact(String key, String value) {
        return new Fact(getTranslation(key), value);
    }
}
