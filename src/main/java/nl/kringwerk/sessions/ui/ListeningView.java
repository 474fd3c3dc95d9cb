package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.base.ui.TableMode;
import nl.kringwerk.groups.ui.GroupView;
import nl.kringwerk.security.Role;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import nl.kringwerk.sessions.service.RunState;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's screen for one listening-group session, on a laptop or tablet: before, the
 * attendance and the plan; during, the run mode; after, which steps were run and how it went.
 */
@Route("luisteren/:sessionId([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class ListeningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, TableMode {

    private static final String SESSION_ID = "sessionId";

    private final ListeningPlanService plan;
    private final ListeningRunService runner;
    private final Clock clock;
    private final List<RunSection> sections;
    private long sessionId;
    private @Nullable RunState state;
    private @Nullable RunPanel run;
    private @Nullable Registration polling;

    ListeningView(ListeningPlanService plan, ListeningRunService runner, Clock clock, List<RunSection> sections) {
        this.sections = List.copyOf(sections);
        this.plan = plan;
        this.runner = runner;
        this.clock = clock;
        addClassNames("page", "listening");
    }

    public static RouteParameters parameters(long sessionId) {
        return new RouteParameters(SESSION_ID, String.valueOf(sessionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong(SESSION_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (run != null) {
                run.tick();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    /** Runs a step of the session and shows the result; a refusal shows its reason. */
    void attempt(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (InvalidInputException e) {
            new FieldErrors(this).show(e);
        }
    }

    /** Before the session: who is here, the tasks and the steps. */
    ListeningPlanService plan() {
        return plan;
    }

    /** Starting, running and finishing the session, and what is kept afterwards. */
    ListeningRunService runner() {
        return runner;
    }

    /** What other features add to the running session's steps. */
    List<RunSection> sections() {
        return sections;
    }

    RunState state() {
        return state;
    }

    private void refresh() {
        state = runner.run(sessionId);
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("listening.back"), GroupView.class, GroupView.parameters(state.groupId()));
        back.addClassName("back-link");
        H1 title = new H1(state.groupName());
        title.setId("listening-title");
        Span when = new Span(Dates.format(state.date(), getLocale()));
        when.addClassName("meeting-subtitle");
        Span status =
                new Span(getTranslation("listening-status." + state.status().name()));
        status.getElement().getThemeList().add("badge pill");
        status.setId("listening-status");
        Div head = new Div(back, title, when, status);
        head.addClassName("meeting-head");
        add(head);
        RunPanel previous = run;
        run = null;
        // The quiet timer: the screen follows the clock once a second, only while the session runs.
        UI.getCurrent().setPollInterval(state.status() == ListeningStatus.RUNNING ? 1000 : -1);
        switch (state.status()) {
            case PLANNED -> add(new PlanPanel(this));
            case RUNNING -> {
                run = new RunPanel(this, previous, clock);
                add(run);
            }
            case DONE -> add(new AfterPanel(this));
            case CANCELLED -> add(new Span(getTranslation("listening.cancelled")));
        }
    }

    @Override
    public String getPageTitle() {
        return (state == null ? "" : state.groupName() + " · ") + getTranslation("listening.page-title");
    }
}
