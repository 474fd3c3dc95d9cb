package nl.kringwerk.papersession.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SessionLine;
import org.springframework.core.annotation.Order;

/**
 * On the group page of a savings circle: the sessions that took place but were never opened in the
 * app (the wifi failed, the tablet was flat), each with "Papieren bijeenkomst invoeren".
 */
@SpringComponent
@Order(15)
class PaperSessionSection implements GroupPageSection {

    /** Sessions further back were probably cancelled, not held on paper: they stay out of the way. */
    private static final int AT_MOST = 3;

    private final Savings savings;
    private final Clock clock;

    PaperSessionSection(Savings savings, Clock clock) {
        this.savings = savings;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.SAVINGS_CIRCLE) {
            return Optional.empty();
        }
        Optional<CycleOverview> cycle = savings.cycles().currentCycle(page.id());
        if (cycle.isEmpty() || !cycle.get().open() || cycle.get().sharingOut()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<SessionLine> held = cycle.get().sessions().stream()
                .filter(s -> s.status() == SessionStatus.PLANNED && !s.date().isAfter(today))
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .limit(AT_MOST)
                .toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassName("section");
        section.setId("paper-sessions");
        section.add(new H2(section.getTranslation("paper-session.section-title")));
        Paragraph hint = new Paragraph(section.getTranslation("paper-session.section-hint"));
        hint.addClassName("hint");
        section.add(hint);
        for (SessionLine session : held) {
            Button enter = new Button(
                    section.getTranslation(
                            "paper-session.section-link",
                            Dates.format(session.date(), UI.getCurrent().getLocale())),
                    VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent()
                            .navigate(PaperSessionView.class, PaperSessionView.parameters(session.id())));
            enter.setId("paper-session-" + session.id());
            section.add(new Div(enter));
        }
        return Optional.of(section);
    }
}
