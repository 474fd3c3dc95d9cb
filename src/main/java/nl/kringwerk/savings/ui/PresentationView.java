package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.base.ui.NothingHere;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * For a TV or a tablet turned to the group: only the ritual's big numbers, in the language(s) the
 * group chose (Arabic from right to left). While the counters hold up an amount it shows the name,
 * the amount and "Heeft iedereen het gezien?" in each of them; on request it says name and amount
 * aloud in one of them.
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
    private @Nullable MemberLanguage readingAloud;
    private final Div readAloud = new Div();

    PresentationView(Savings savings, MeetingBroadcaster broadcaster, List<GroupScreenSection> sections) {
        this.savings = savings;
        this.broadcaster = broadcaster;
        this.sections = sections;
        addClassName("presentation");
        setId("presentation");
        readAloud.addClassName("read-aloud");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters()
                .getLong(MeetingView.SESSION_ID)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        state = savings.records().meeting(sessionId);
        MemberWords.speaking(languages().first(), this);
        showReadAloudChoice();
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
                        case STATE, BOOKED_HERE -> {
                            // Issue 22: the booking's state, applied as it is (no reading here).
                            state = event.state();
                            showIdle();
                        }
                    }
                },
                this::showNothingHere);
        // The whole page speaks the group's first language, for screen readers and the browser.
        MemberLanguage first = languages().first();
        attach.getUI().getElement().executeJs(PAGE_LANGUAGE, first.tag(), first.direction());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) {
            registration.remove();
        }
        detach.getUI()
                .getElement()
                .executeJs(PAGE_LANGUAGE, detach.getUI().getLocale().getLanguage(), "ltr");
    }

    private static final String PAGE_LANGUAGE =
            "document.documentElement.lang = $0; document.documentElement.dir = $1;";

    /** Its user may no longer see the group: the screen keeps nothing of the meeting. */
    private void showNothingHere() {
        removeAll();
        MemberLanguage staff = MemberLanguage.of(getLocale());
        MemberWords.speaking(staff, this);
        getUI().ifPresent(ui -> ui.getElement().executeJs(PAGE_LANGUAGE, staff.tag(), staff.direction()));
        add(new NothingHere());
    }

    private void showAmount(MeetingEvent event) {
        removeAll();
        String labelKey = event.labelKey() == null ? "show.saves" : event.labelKey();
        Div label = MemberWords.sideBySide(languages(), labelKey, "presentation-label");
        Span name = MemberWords.name(event.memberName());
        name.addClassName("show-name");
        Span amount = MemberWords.amount(event.amount().format());
        amount.addClassName("presentation-amount");
        amount.setId("presentation-amount");
        add(label, name, amount);
        add(MemberWords.inEach(languages(), "screen.question", "presentation-question"));
        add(readAloud);
        if (readingAloud != null) {
            ReadAloud.say(
                    getElement(),
                    readingAloud,
                    ReadAloud.sentence(readingAloud, event.memberName(), labelKey, event.amount()));
        }
        if (event.saverId() != null) {
            sections.forEach(
                    s -> s.atTurn(state, event.saverId(), event.amount()).ifPresent(this::add));
        }
    }

    private void showIdle() {
        removeAll();
        Span group = MemberWords.name(state.groupName());
        group.addClassName("presentation-label");
        Div todayLabel = MemberWords.sideBySide(languages(), "screen.today", "presentation-caption");
        Span today = MemberWords.amount(state.savedToday().format());
        today.addClassName("presentation-amount");
        today.setId("presentation-today");
        Div box = MemberWords.sideBySide(languages(), "screen.box", "presentation-caption");
        Span boxAmount = MemberWords.amount(state.expectedBox().format());
        boxAmount.setId("presentation-box");
        box.add(boxAmount);
        Div done = new Div();
        done.addClassName("presentation-names");
        state.entries().stream()
                .filter(e -> !e.reversed() && (e.kind() == EntryKind.DEPOSIT || e.kind() == EntryKind.NO_SAVING))
                .map(EntryLine::memberName)
                .distinct()
                .forEach(n -> done.add(MemberWords.name("✓ " + n)));
        add(group, todayLabel, today, box, done, readAloud);
        sections.forEach(s -> s.whenIdle(state).ifPresent(this::add));
    }

    /**
     * One button per language of the group: tap one to hear name and amount in it, tap it again for
     * silence. The tap also lets the browser speak (browsers speak only after a person touched the page).
     */
    private void showReadAloudChoice() {
        readAloud.removeAll();
        MemberWords.speaking(MemberLanguage.of(getLocale()), readAloud);
        readAloud.add(new Span(getTranslation("presentation.read-aloud")));
        List<Button> buttons = new ArrayList<>();
        for (MemberLanguage language : languages().all()) {
            Button button = new Button(MemberTexts.text(language, "language.name"), new Icon(VaadinIcon.VOLUME_UP));
            MemberWords.speaking(language, button);
            button.setId("read-aloud-" + language.tag());
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(click -> {
                readingAloud = language == readingAloud ? null : language;
                buttons.forEach(b -> b.getElement()
                        .setAttribute("aria-pressed", String.valueOf(b == button && readingAloud != null)));
                if (readingAloud != null) {
                    ReadAloud.say(getElement(), language, MemberTexts.text(language, "speech.on"));
                }
            });
            buttons.add(button);
            readAloud.add(button);
        }
    }

    private ScreenLanguages languages() {
        return state.languages();
    }

    /** The language the screen reads aloud in; null when it is silent. */
    @Nullable
    MemberLanguage readingAloud() {
        return readingAloud;
    }

    @Override
    public String getPageTitle() {
        return state == null
                ? getTranslation("presentation.title")
                : MemberTexts.text(languages().first(), "screen.title");
    }
}
