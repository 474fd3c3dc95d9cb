package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.savings.service.RoleOverview;
import nl.kringwerk.sessions.domain.SessionRole;

/**
 * The tasks: who held which one how often (so a facilitator sees that everyone gets a turn), and
 * the plan for the coming sessions, to print and hang on the wall.
 */
class RolesTab extends VerticalLayout {

    /**
     * @param optedOut  members who asked not to take a task
     * @param setOptOut records her wish and refreshes the plan
     */
    RolesTab(RoleOverview roles, PaperForms forms, Set<Long> optedOut, BiConsumer<Long, Boolean> setOptOut) {
        setPadding(false);
        setId("roles-tab");
        add(new H3(getTranslation("roles.plan")));
        if (roles.plan().isEmpty()) {
            add(new Paragraph(getTranslation("roles.no-plan")));
        } else {
            add(Downloads.pdf(
                    getTranslation("roles.print"), "takenrooster.pdf", () -> forms.rolePlan(roles), "print-roles"));
            Div plan = new Div();
            plan.addClassName("rows");
            for (RoleOverview.Planned p : roles.plan()) {
                Span date = new Span(Dates.format(p.date(), getLocale()));
                date.addClassName("row-title");
                Span who = new Span(getTranslation(
                        "print.form.roles",
                        p.holders().get(SessionRole.CHAIR),
                        p.holders().get(SessionRole.BOOKKEEPER),
                        p.holders().get(SessionRole.COUNTER_1),
                        p.holders().get(SessionRole.COUNTER_2)));
                who.addClassName("row-sub");
                Div text = new Div(date, who);
                text.addClassName("row-text");
                Div row = new Div(text);
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
            Checkbox noTask = new Checkbox(getTranslation("roles.no-task"), optedOut.contains(held.memberId()));
            noTask.setId("no-task-" + held.memberId());
            noTask.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    setOptOut.accept(held.memberId(), e.getValue());
                }
            });
            Div text = new Div(name, what);
            text.addClassName("row-text");
            Div row = new Div(text, noTask);
            row.addClassName("member-row");
            row.setId("held-" + held.memberId());
            history.add(row);
        }
        add(history);
        if (!roles.swaps().isEmpty()) {
            add(new H3(getTranslation("roles.swaps")));
            Div swaps = new Div();
            swaps.addClassName("rows");
            for (RoleOverview.Swap swap : roles.swaps()) {
                Span line = new Span(getTranslation(
                        "roles.swap",
                        Dates.format(swap.date(), getLocale()),
                        getTranslation("session-role." + swap.role().name()),
                        swap.from(),
                        swap.to(),
                        swap.by()));
                line.addClassName("row-sub");
                swaps.add(new Div(line));
            }
            add(swaps);
        }
    }
}
