package nl.kringwerk.papersession.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.ui.GroupView;
import nl.kringwerk.papersession.service.PaperForm;
import nl.kringwerk.papersession.service.PaperSessionService;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.ui.MeetingView;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * "Papieren bijeenkomst invoeren": the evening's paper forms in one screen. One person enters them
 * and every rule is checked; a second person (another officer of the group or its facilitator, with
 * her own login) reads them and confirms; only then is the session booked, once.
 */
@Route("bijeenkomst/:sessionId([0-9]{1,18})/papier")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class PaperSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SESSION_ID = "sessionId";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PaperSessionService paper;
    private long sessionId;
    private @Nullable PaperForm form;

    PaperSessionView(PaperSessionService paper) {
        this.paper = paper;
        addClassNames("page", "paper-session");
    }

    public static RouteParameters parameters(long sessionId) {
        return new RouteParameters(SESSION_ID, String.valueOf(sessionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong(SESSION_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        refresh(false);
    }

    private void refresh(boolean editing) {
        form = paper.form(sessionId);
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("paper-session.back", form.groupName()),
                GroupView.class,
                GroupView.parameters(form.groupId()));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("paper-session.title"));
        title.setId("paper-title");
        Span when = new Span(
                getTranslation("paper-session.subtitle", form.groupName(), Dates.format(form.date(), getLocale())));
        when.addClassName("meeting-subtitle");
        add(back, title, when);

        if (form.booked().isPresent()) {
            showBooked(form.booked().get());
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("paper-session.intro"));
        intro.addClassName("hint");
        add(intro);
        PaperForm.Draft draft = form.draft().orElse(null);
        boolean confirming = draft != null && !draft.mine() && !editing;
        if (draft != null) {
            Paragraph waiting = new Paragraph(getTranslation(
                    draft.mine() ? "paper-session.waiting-mine" : "paper-session.waiting-other",
                    draft.enteredBy(),
                    Dates.format(draft.enteredAt().atZone(AMSTERDAM).toLocalDate(), getLocale())));
            waiting.addClassName("notice");
            waiting.setId("paper-waiting");
            add(waiting);
        }
        PaperFormPanel panel = new PaperFormPanel(form, draft == null ? null : draft.entry(), !confirming);
        add(panel);
        FieldErrors errors = panel.errors();
        Div actions = new Div();
        actions.addClassName("paper-actions");
        actions.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");
        if (confirming) {
            Button confirm = new Button(getTranslation("paper-session.confirm"), new Icon(VaadinIcon.CHECK), click -> {
                if (errors.attempt(() -> paper.confirm(sessionId, draft.version()))) {
                    refresh(false);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            confirm.setId("paper-confirm");
            Button change = new Button(
                    getTranslation("paper-session.change"), new Icon(VaadinIcon.EDIT), click -> refresh(true));
            change.setId("paper-change");
            actions.add(confirm, change);
        } else {
            Button enter = new Button(getTranslation("paper-session.enter"), new Icon(VaadinIcon.CHECK), click -> {
                if (errors.attempt(() -> paper.enter(sessionId, panel.entry()))) {
                    refresh(false);
                } else {
                    showFirstRefusedRow();
                }
            });
            enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            enter.setId("paper-enter");
            Paragraph hint = new Paragraph(getTranslation("paper-session.enter-hint"));
            hint.addClassName("hint");
            actions.add(enter, hint);
        }
        add(actions);
    }

    /** The form is long: the first row the rules refused is brought into view. */
    private void showFirstRefusedRow() {
        getElement()
                .executeJs("const f = this.querySelector('[invalid]'); if (f) f.scrollIntoView({block: 'center'});");
    }

    private void showBooked(EntryLine first) {
        Paragraph done = new Paragraph(getTranslation(
                "paper-session.booked",
                Dates.format(first.paperMark().enteredOn(), getLocale()),
                first.paperMark().enteredBy(),
                first.paperMark().confirmedBy()));
        done.addClassName("notice");
        done.setId("paper-booked");
        RouterLink meeting = new RouterLink(
                getTranslation("paper-session.to-meeting"), MeetingView.class, MeetingView.parameters(sessionId));
        meeting.setId("paper-to-meeting");
        add(done, meeting);
    }

    @Override
    public String getPageTitle() {
        return (form == null ? "" : form.groupName() + " · ") + getTranslation("paper-session.title");
    }
}
