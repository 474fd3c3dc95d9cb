package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.base.ui.NothingHere;
import nl.kringwerk.base.ui.TableMode;
import nl.kringwerk.groups.ui.GroupView;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.EveningPapers;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Meeting mode, the bookkeeper's layout: the chair's checklist, the presentielijst, the roles, the
 * counting round and the closing count. A second device can show {@link PresentationView} to the
 * group; both stay in step through server push.
 */
@Route("bijeenkomst/:sessionId([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, TableMode {

    static final String SESSION_ID = "sessionId";

    private final Savings savings;
    private final MeetingBroadcaster broadcaster;
    private final List<MeetingSection> sections;
    private final EveningPapers papers;
    private final List<PaperPackPart> parts;
    private long sessionId;
    private @Nullable MeetingState state;
    private @Nullable Registration registration;
    /** What became of a count whose screen was lost, until the bookkeeper has read it. */
    private @Nullable Div lostCount;
    /** The parts a booking's new state updates in place (issue 22); null where the screen has none. */
    private @Nullable MeetingContext context;

    private @Nullable CountingRound counting;
    private @Nullable TodayEntries today;
    private @Nullable ClosingPanel closing;
    private @Nullable Checklist checklist;
    private @Nullable Div body;
    /**
     * This screen applied the state of its own booking in the request now running (its own "Ja,
     * gezien"): the step's {@link #changed()} that follows has nothing left to do. Cleared by that
     * call and before the response.
     */
    private boolean appliedOwnBooking;

    MeetingView(
            Savings savings,
            MeetingBroadcaster broadcaster,
            List<MeetingSection> sections,
            EveningPapers papers,
            List<PaperPackPart> parts) {
        this.savings = savings;
        this.papers = papers;
        this.parts = parts;
        this.broadcaster = broadcaster;
        this.sections = sections;
        addClassNames("page", "meeting");
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
        registration = broadcaster.register(
                sessionId,
                state.groupId(),
                attach.getUI(),
                event -> {
                    if (event.type() == MeetingEvent.Type.CHANGED) {
                        refresh();
                    } else if (event.type() == MeetingEvent.Type.STATE && event.state() != null) {
                        apply(event.state());
                    } else if (event.type() == MeetingEvent.Type.BOOKED_HERE && event.state() != null) {
                        appliedOwnBooking = true;
                        UI.getCurrent().beforeClientResponse(this, response -> appliedOwnBooking = false);
                        apply(event.state());
                    }
                },
                this::showNothingHere);
        CountInProgress.findLeftBehind(attach.getUI(), sessionId, this::showLostCount);
    }

    /** A count shown to the group whose answer this screen never heard: booked, or to count again. */
    private void showLostCount(CountInProgress.LeftBehind count) {
        boolean booked =
                savings.bookings().bookedUnder(count.sessionId(), count.key()).isPresent();
        Paragraph text = new Paragraph(getTranslation(
                booked ? "meeting.lost-count.booked" : "meeting.lost-count.not-booked",
                count.name(),
                count.label(),
                count.amount()));
        Button understood = new Button(getTranslation("meeting.lost-count.understood"), click -> {
            remove(lostCount);
            lostCount = null;
        });
        understood.setId("lost-count-understood");
        lostCount = new Div(text, understood);
        lostCount.addClassName("notice");
        lostCount.setId("lost-count");
        addComponentAsFirst(lostCount);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) {
            registration.remove();
        }
    }

    private void refresh() {
        build(savings.records().meeting(sessionId));
    }

    /**
     * A booking's new state (issue 22): while the same people are here and nothing but savings, the
     * social fund or corrections of them was booked, only what changed is updated (her tile, the new
     * row, the totals, the checklist); anything else builds the screen again from the state, unread.
     * A state no newer than the one shown (two push threads delivered out of order) is ignored.
     */
    void apply(MeetingState after) {
        MeetingState before = state;
        if (before != null && !after.isNewerThan(before)) {
            // Pushed by another thread after a later state reached this screen: the screen stays.
            return;
        }
        if (before == null || context == null || !inPlace(before, after)) {
            build(after);
            return;
        }
        state = after;
        context.apply(after);
        if (counting != null) {
            counting.apply(before, after);
        }
        if (today != null) {
            today.apply(before, after);
        }
        if (closing != null) {
            closing.apply(after);
        }
        if (checklist != null && body != null) {
            Checklist fresh = new Checklist(after);
            body.replace(checklist, fresh);
            checklist = fresh;
        }
    }

    private static final Set<EntryKind> IN_PLACE =
            EnumSet.of(EntryKind.DEPOSIT, EntryKind.NO_SAVING, EntryKind.SOCIAL_FUND, EntryKind.CASH_DIFFERENCE);

    private boolean inPlace(MeetingState before, MeetingState after) {
        if (after.status() != SessionStatus.OPEN
                || before.status() != SessionStatus.OPEN
                || !after.cycleOpen()
                || after.sharingOut()
                || before.sharingOut()
                || counting == null
                || !before.attendance().equals(after.attendance())
                || !before.roles().equals(after.roles())) {
            return false;
        }
        Map<Long, EntryLine> earlier = new HashMap<>();
        before.entries().forEach(e -> earlier.put(e.id(), e));
        Map<Long, EntryLine> now = new HashMap<>();
        after.entries().forEach(e -> now.put(e.id(), e));
        for (EntryLine e : after.entries()) {
            EntryLine was = earlier.get(e.id());
            if (was != null && was.reversed() == e.reversed()) {
                continue;
            }
            EntryKind kind = e.kind();
            if (kind == EntryKind.REVERSAL) {
                EntryLine original = e.reversesEntryId() == null ? null : now.get(e.reversesEntryId());
                kind = original == null ? EntryKind.REVERSAL : original.kind();
            }
            if (!IN_PLACE.contains(kind)) {
                return false;
            }
        }
        return true;
    }

    private void build(MeetingState newState) {
        @Nullable SessionStatus before = state == null ? null : state.status();
        state = newState;
        removeAll();
        counting = null;
        today = null;
        closing = null;
        MeetingContext meeting =
                new MeetingContext(savings, state, this::changed, this::booked, new MeetingContext.Shower() {
                    @Override
                    public void show(String memberName, Money amount, String labelKey) {
                        broadcaster.publish(
                                sessionId, UI.getCurrent(), MeetingEvent.showing(memberName, amount, labelKey));
                    }

                    @Override
                    public void showSaving(long memberId, String memberName, Money amount, String label) {
                        broadcaster.publish(
                                sessionId,
                                UI.getCurrent(),
                                MeetingEvent.showingSaving(memberId, memberName, amount, label));
                    }

                    @Override
                    public void clear() {
                        broadcaster.publish(sessionId, UI.getCurrent(), MeetingEvent.cleared());
                    }
                });
        RouterLink back =
                new RouterLink(getTranslation("meeting.back"), GroupView.class, GroupView.parameters(state.groupId()));
        back.addClassName("back-link");
        H1 title = new H1(state.groupName());
        title.setId("meeting-title");
        Span when = new Span(
                getTranslation("meeting.subtitle", Dates.format(state.date(), getLocale()), state.cycleNumber()));
        when.addClassName("meeting-subtitle");
        Span status = new Span(getTranslation("session-status." + state.status().name()));
        status.getElement().getThemeList().add("badge pill");
        status.setId("session-status");
        Anchor screen = new Anchor("bijeenkomst/" + sessionId + "/scherm", getTranslation("meeting.group-screen"));
        screen.setTarget(AnchorTarget.BLANK);
        screen.addComponentAsFirst(new Icon(VaadinIcon.DESKTOP));
        screen.addClassName("screen-link");
        PaperForms forms = paperForms();
        boolean planned = state.status() == SessionStatus.PLANNED;
        Div prints = new Div(Downloads.pdf(
                getTranslation(planned ? "print.attendance.blank" : "print.attendance.filled"),
                "presentielijst-" + state.date() + ".pdf",
                () -> forms.attendanceList(meeting.state(), planned),
                "print-attendance"));
        if (!planned) {
            prints.add(Downloads.pdf(
                    getTranslation("print.form.link"),
                    "spaarformulier-" + state.date() + ".pdf",
                    () -> forms.savingsForm(meeting.state()),
                    "print-form"));
        }
        if (state.cycleOpen() && state.status() != SessionStatus.CLOSED) {
            prints.add(EveningPackLink.of(this, getLocale(), papers, parts, state.sessionId(), state.date()));
        }
        prints.addClassName("prints");
        Div head = new Div(back, title, when, status, screen, prints);
        head.addClassName("meeting-head");

        Div main = new Div();
        main.addClassName("meeting-main");
        if (state.status() == SessionStatus.CLOSED) {
            main.add(new SessionSummary(state), new TodayEntries(meeting, false));
            sections.forEach(section -> section.afterClose(meeting).ifPresent(main::add));
        } else if (!state.cycleOpen()) {
            main.add(new Span(getTranslation("error.cycle-closed")));
        } else if (state.status() == SessionStatus.PLANNED) {
            RolesPanel roles = new RolesPanel(meeting);
            main.add(new AttendancePanel(meeting), roles, roles.actionBar());
        } else if (state.sharingOut()) {
            Span notice = new Span(getTranslation("meeting.sharing-out"));
            notice.addClassName("notice");
            main.add(notice);
            sections.forEach(section -> section.create(meeting).ifPresent(main::add));
            main.add(new TodayEntries(meeting, true), new ClosingPanel(meeting));
        } else {
            counting = new CountingRound(meeting);
            main.add(counting);
            sections.forEach(section -> section.create(meeting).ifPresent(main::add));
            today = new TodayEntries(meeting, true);
            closing = new ClosingPanel(meeting);
            main.add(today, closing, attendanceAndRoles(meeting));
        }
        context = meeting;
        checklist = new Checklist(state);
        body = new Div(checklist, main);
        body.addClassName("meeting-body");
        add(head, body);
        if (lostCount != null) {
            addComponentAsFirst(lostCount);
        }
        if (before != null && before != state.status()) {
            // Opened or closed (here or on another device): show what comes next, not where the button was.
            main.getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
    }

    /**
     * While counting, the presentielijst and the tasks are for a late arrival or a swap only: folded
     * away, and made when first opened. Their hundred-odd buttons and lists would otherwise be on the
     * server for every open meeting screen, and go out again with every rebuild (issue 22).
     */
    private Details attendanceAndRoles(MeetingContext meeting) {
        Details details = new Details(getTranslation("meeting.attendance-and-roles"));
        details.setId("attendance-and-roles");
        details.addClassName("section");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(new AttendancePanel(meeting), new RolesPanel(meeting));
            }
        });
        return details;
    }

    /** Its user may no longer see the group: the screen keeps nothing of the meeting. */
    private void showNothingHere() {
        removeAll();
        add(new NothingHere());
    }

    private PaperForms paperForms() {
        Locale locale = getLocale();
        return new PaperForms((key, args) -> getTranslation(locale, key, args), locale, state.languages());
    }

    /** After a step on this screen: it reads the session once and tells the other screens to read it too. */
    private void changed() {
        appliedOwnBooking = false;
        refresh();
        broadcaster.publish(sessionId, UI.getCurrent(), MeetingEvent.changed());
    }

    /**
     * After a step that only booked: its new state was applied already in this request (and sent to
     * the other screens), so nothing more; a booking that brought no new state (the same key booked
     * before) is followed as any other step.
     */
    private void booked() {
        if (appliedOwnBooking) {
            appliedOwnBooking = false;
        } else {
            changed();
        }
    }

    @Override
    public String getPageTitle() {
        return (state == null ? "" : state.groupName() + " · ") + getTranslation("meeting.page-title");
    }
}
