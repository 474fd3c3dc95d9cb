package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.savings.service.RoleOverview;
import nl.kringwerk.sessions.domain.SessionRole;

/**
 * The tasks: who held which one how often (so a facilitator sees that everyone gets a turn), and
 * the plan for the coming sessions, to print and hang on the wall.
 */
class RolesTab extends VerticalLayout {

    RolesTab(RoleOverview roles, PaperForms forms) {
        setPadding(false);
        setId("roles-tab");
        add(new H3(getTranslation("roles.plan")));
        if (roles.plan().isEmpty()) {
            add(new Paragraph(getTranslation("roles.no-plan")));
        } else {
            add(Downloads.pdf(getTranslation("roles.print"), "takenrooster.pdf", () -> forms.rolePlan(roles),
                    "print-roles"));
            Div plan = new Div();
            plan.addClassName("rows");
            for (RoleOverview.Planned p : roles.plan()) {
                Span date = new Span(Dates.format(p.date(), getLocale()));
                date.addClassName("row-title");
                Span who = new Span(getTranslation("print.form.roles", p.holders().get(SessionRole.CHAIR),
                        p.holders().get(SessionRole.BOOKKEEPER), p.holders().get(SessionRole.COUNTER_1),
                        p.holders().get(SessionRole.COUNTER_2)));
                who.addClassName("row-sub");
                Div row = new Div(new Div(date, who));
                row.addClassName("member-row");
                row.setId("plan-" + p.sessionId());
                plan.add(row);
            }
            add(plan, new Paragraph(getTranslation("roles.plan-note")));
        }
        add(new H3(getTranslation("roles.history")));
        Div history = new Div();
        history.addClassName("rows");
        for (RoleOverview.Held held : roles.history()) {
            Span name = new Span(held.name());
            name.addClassName("row-title");
            List<String> parts = new ArrayList<>();
            for (SessionRole role : SessionRole.values()) {
                Integer times = held.times().get(role);
                if (times != null) {
                    parts.add(getTranslation("roles.times", getTranslation("session-role." + role.name()), times));
                }
            }
            Span what = new Span(parts.isEmpty() ? getTranslation("roles.none-yet") : String.join(" · ", parts));
            what.addClassName("row-sub");
            Div row = new Div(new Div(name, what));
            row.addClassName("member-row");
            row.setId("held-" + held.memberId());
            history.add(row);
        }
        add(history);
    }
}
