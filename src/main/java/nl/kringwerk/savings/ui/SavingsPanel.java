package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Fact;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.EveningPapers;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SessionLine;

/** The current savings cycle on the group page: its balances and the way into the next session. */
class SavingsPanel extends VerticalLayout {

    SavingsPanel(Savings savings, GroupPage page, Clock clock, EveningPapers papers, List<PaperPackPart> parts) {
        setPadding(false);
        addClassName("section");
        setId("savings");
        Optional<CycleOverview> current = savings.cycles().currentCycle(page.id());
        add(new H2(getTranslation("savings.title")));
        if (current.isEmpty() || !current.get().open()) {
            add(new Paragraph(getTranslation(current.isEmpty() ? "savings.no-open-cycle" : "shareout.closed")));
            if (page.isActive()) {
                LongConsumer refresh = id -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                Button start = new Button(
                        getTranslation(current.isEmpty() ? "savings.start-cycle" : "cycle.next"),
                        new Icon(VaadinIcon.PLUS),
                        click -> (current.isEmpty()
                                        ? StartCycleDialog.first(savings, page, clock, refresh)
                                        : StartCycleDialog.next(
                                                savings, page, current.get().rules(), clock, refresh))
                                .open());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                start.setId("start-cycle");
                add(start);
            }
            return;
        }
        CycleOverview cycle = current.get();
        Div facts = new Div(
                new Fact(getTranslation("savings.cycle-number"), String.valueOf(cycle.number())),
                new Fact(getTranslation("savings.box"), cycle.box().format()),
                new Fact(
                        getTranslation("savings.total-saved"),
                        cycle.totalSavings().format()));
        if (cycle.rules().socialFundPerSession() != null || !cycle.socialFund().isZero()) {
            facts.add(new Fact(
                    getTranslation("savings.social-fund"), cycle.socialFund().format()));
        }
        if (!cycle.loansOutstanding().isZero() || !cycle.interestEarned().isZero()) {
            facts.add(
                    new Fact(
                            getTranslation("cycle.loans-out"),
                            cycle.loansOutstanding().format()),
                    new Fact(
                            getTranslation("cycle.interest"),
                            cycle.interestEarned().format()));
        }
        if (cycle.continued()) {
            Span continued = new Span(getTranslation("cycle.continued"));
            continued.getElement().getThemeList().add("badge success pill");
            add(continued);
        }
        facts.addClassName("facts");
        add(facts);

        Optional<SessionLine> open = cycle.sessions().stream()
                .filter(s -> s.status() == SessionStatus.OPEN)
                .findFirst();
        Optional<SessionLine> next = cycle.sessions().stream()
                .filter(s -> s.status() == SessionStatus.PLANNED)
                .findFirst();
        Optional<SessionLine> target = open.isPresent() ? open : next;
        target.ifPresent(session -> {
            String label = getTranslation(
                    open.isPresent() ? "savings.continue-session" : "savings.open-session",
                    Dates.format(session.date(), getLocale()));
            RouterLink link = new RouterLink(MeetingView.class, MeetingView.parameters(session.id()));
            Button button = new Button(label, new Icon(VaadinIcon.PLAY));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            link.add(button);
            link.setId("to-meeting");
            add(link);
            Paragraph paper = new Paragraph(getTranslation("pack.help"));
            paper.addClassName("hint");
            add(EveningPackLink.of(this, getLocale(), papers, parts, session.id(), session.date()), paper);
        });
        RouterLink book = new RouterLink(
                getTranslation("savings.book"), SavingsBookView.class, SavingsBookView.parameters(page.id()));
        book.addClassName("big-link");
        book.setId("to-book");
        add(book);
        Div past = new Div();
        past.addClassName("rows");
        cycle.sessions().stream()
                .filter(s -> s.status() == SessionStatus.CLOSED)
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .forEach(s -> {
                    RouterLink link = new RouterLink(
                            getTranslation("savings.closed-session", Dates.format(s.date(), getLocale())),
                            MeetingView.class,
                            MeetingView.parameters(s.id()));
                    link.addClassName("member-row");
                    past.add(link);
                });
        if (past.getComponentCount() > 0) {
            add(new Span(getTranslation("savings.past-sessions")), past);
        }
    }
}
