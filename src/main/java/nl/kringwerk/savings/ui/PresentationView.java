package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.NothingHere;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * For a TV or a tablet turned to the group: only the ritual's big numbers. While the counters hold
 * up an amount it shows the name, the amount and "Heeft iedereen het gezien?".
 */
@Route(value = "bijeenkomst/:sessionId([0-9]{1,18})/scherm", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class PresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Savings savings;
    private final MeetingBroadcaster broadcaster;
    private final List<GroupScreenSection> sections;
    private long sessionId;
    private MeetingState state;
    private @Nullable Registration registration;

    PresentationView(Savings savings, MeetingBroadcaster broadcaster, List<GroupScreenSection> sections) {
        this.savings = savings;
        this.broadcaster = broadcaster;
        this.sections = sections;
        addClassName("presentation");
        setId("presentation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters()
                .getLong(MeetingView.SESSION_ID)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        state = savings.records().meeting(sessionId);
        showIdle();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        registration = broadcaster.register(
                sessionId,
                state.groupId(),
                attach.getUI(),
                event -> {
                    switch (event.type()) {
                        case SHOWING -> showAmount(event);
                        case CLEARED -> showIdle();
                        case CHANGED -> {
                            state = savings.records().meeting(sessionId);
                            showIdle();
                        }
                    }
                },
                this::showNothingHere);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) {
            registration.remove();
        }
    }

    /** Its user may no longer see the group: the screen keeps nothing of the meeting. */
    private void showNothingHere() {
        removeAll();
        add(new NothingHere());
    }

    private void showAmount(MeetingEvent event) {
        removeAll();
        Span label = new Span(event.label());
        label.addClassName("presentation-label");
        Span name = new Span(event.memberName());
        name.addClassName("show-name");
        Span amount = new Span(event.amount().format());
        amount.addClassName("presentation-amount");
        amount.setId("presentation-amount");
        Span question = new Span(getTranslation("counting.question"));
        question.addClassName("presentation-question");
        add(label, name, amount, question);
        if (event.saverId() != null) {
            sections.forEach(
                    s -> s.atTurn(state, event.saverId(), event.amount()).ifPresent(this::add));
        }
    }

    private void showIdle() {
        removeAll();
        Span group = new Span(state.groupName());
        group.addClassName("presentation-label");
        Span todayLabel = new Span(getTranslation("presentation.today"));
        todayLabel.addClassName("presentation-caption");
        Span today = new Span(state.savedToday().format());
        today.addClassName("presentation-amount");
        today.setId("presentation-today");
        Span boxLabel =
                new Span(getTranslation("presentation.box", state.expectedBox().format()));
        boxLabel.addClassName("presentation-caption");
        Div done = new Div();
        done.addClassName("presentation-names");
        state.entries().stream()
                .filter(e -> !e.reversed() && (e.kind() == EntryKind.DEPOSIT || e.kind() == EntryKind.NO_SAVING))
                .map(EntryLine::memberName)
                .distinct()
                .forEach(n -> done.add(new Span("✓ " + n)));
        add(group, todayLabel, today, boxLabel, done);
        sections.forEach(s -> s.whenIdle(state).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.title");
    }
}
