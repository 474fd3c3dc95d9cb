package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.passbook.domain.GoalProgress;
import nl.kringwerk.passbook.service.GoalView;
import nl.kringwerk.passbook.service.PassNoLongerValidException;
import nl.kringwerk.passbook.service.PassbookPage;
import nl.kringwerk.passbook.service.PassbookService;
import nl.kringwerk.passbook.service.Slip;
import nl.kringwerk.savings.service.PassbookLine;
import org.jspecify.annotations.Nullable;

/**
 * A member's own passbook on her own phone, without an account: she types the code from her card or
 * scans its QR code, which leads here with the code after the {@code #} (a fragment never reaches the
 * server's logs or another site). No id and no name in the URL; read-only; in her chosen language,
 * with a switch. The pass lives in this screen only: a reload asks again (or reads the link again).
 */
@Route(value = PassbookView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class PassbookView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "boekje";

    private final PassbookService passbooks;
    private final Div content = new Div();
    private @Nullable MemberPass pass;
    private boolean languageChosenHere;
    private String typedCode = "";

    PassbookView(PassbookService passbooks) {
        this.passbooks = passbooks;
        addClassName("passbook-view");
        setId("passbook-view");
        content.addClassName("passbook-content");
        content.setWidthFull();
        add(languageSwitch(), content);
        showEntry(null, false);
    }

    /** Coming to this page afresh (not a language switch) always starts at the code. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pass = null;
        typedCode = "";
        showEntry(null, false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // The QR code's link carries the code after "#": read it in the browser, never in a request line.
        attach.getUI().getPage().executeJs("return window.location.hash").then(String.class, hash -> {
            if (pass == null && hash != null && hash.length() > 1) {
                openWith(hash.substring(1), null);
            }
        });
    }

    /** Opens with a code (and PIN): what the link does, and what "Open" does with the typed code. */
    void openWith(String code, @Nullable String pin) {
        typedCode = code;
        PassbookService.Opening opening = passbooks.open(code, pin, clientAddress());
        switch (opening.outcome()) {
            case OPENED -> {
                pass = opening.pass();
                if (!languageChosenHere && opening.language() != null) {
                    MemberLanguage.ofTag(opening.language()).ifPresent(l -> setLanguage(l));
                }
                showPassbook();
            }
            case NEEDS_PIN -> showEntry(null, true);
            case WRONG_PIN -> showEntry("passbook.open.wrong-pin", true);
            case UNKNOWN -> showEntry("passbook.open.unknown", false);
            case NO_LONGER_VALID -> showNoLongerValid();
            case WAIT -> showEntry(waitMessage(opening.waitFor()), false);
        }
    }

    private String waitMessage(@Nullable Duration wait) {
        long minutes = wait == null ? 1 : Math.max(1, (wait.toSeconds() + 59) / 60);
        return getTranslation("passbook.open.wait", minutes);
    }

    private void showEntry(@Nullable String message, boolean askPin) {
        content.removeAll();
        H1 title = new H1(getTranslation("passbook.title"));
        Paragraph intro = new Paragraph(getTranslation("passbook.open.intro"));
        TextField code = new TextField(getTranslation("passbook.open.code"));
        code.setId("passbook-code");
        code.setValue(typedCode);
        code.setPlaceholder("ABCDE-FGHJK");
        code.setWidthFull();
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        PasswordField pin = new PasswordField(getTranslation("passbook.open.pin"));
        pin.setId("passbook-pin");
        pin.setVisible(askPin);
        pin.setAllowedCharPattern("[0-9]");
        pin.setMaxLength(4);
        pin.setWidthFull();
        Span feedback = new Span();
        feedback.setId("passbook-message");
        feedback.addClassName("passbook-message");
        if (message != null) {
            feedback.setText(message.startsWith("passbook.") ? getTranslation(message) : message);
        }
        Button open = new Button(getTranslation("passbook.open.button"), new Icon(VaadinIcon.BOOK));
        open.setId("open-passbook");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.setWidthFull();
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        open.addClickListener(click -> openWith(code.getValue(), askPin ? pin.getValue() : null));
        content.add(title, intro, code, pin, feedback, open);
        if (askPin) {
            content.add(new Paragraph(getTranslation("passbook.open.pin-help")));
        }
    }

    private void showNoLongerValid() {
        pass = null;
        content.removeAll();
        clearLink();
        H1 title = new H1(getTranslation("passbook.invalid.title"));
        title.setId("passbook-invalid");
        Paragraph text = new Paragraph(getTranslation("passbook.invalid.text"));
        Button again = new Button(getTranslation("passbook.invalid.again"), click -> {
            typedCode = "";
            showEntry(null, false);
        });
        again.setId("passbook-again");
        content.add(title, text, again);
    }

    private void showPassbook() {
        if (pass == null) {
            showEntry(null, false);
            return;
        }
        PassbookPage page;
        try {
            page = passbooks.page(pass);
        } catch (PassNoLongerValidException e) {
            showNoLongerValid();
            return;
        }
        content.removeAll();
        H1 title = new H1(getTranslation("passbook.page.title", page.memberName()));
        title.setId("passbook-title");
        Span group = new Span(
                page.cycleNumber() == 0
                        ? page.groupName()
                        : getTranslation("passbook.page.group", page.groupName(), page.cycleNumber()));
        group.addClassName("passbook-group");
        group.setId("passbook-group");
        content.add(title, group, total(page));
        if (page.goal() != null) {
            content.add(goal(page.goal()));
        }
        if (page.receipt() != null) {
            content.add(receipt(page.receipt(), page.amountsInMessages()));
        }
        content.add(next(page));
        page.loans().stream().filter(l -> l.status().isOpen()).forEach(l -> content.add(loan(l)));
        content.add(own(page), ledger(page));
        Paragraph note = new Paragraph(getTranslation("passbook.page.benefit-note"));
        note.addClassName("passbook-note");
        Button close = new Button(getTranslation("passbook.page.close"), new Icon(VaadinIcon.SIGN_OUT), click -> {
            pass = null;
            typedCode = "";
            clearLink();
            showEntry(null, false);
        });
        close.setId("close-passbook");
        content.add(note, close);
    }

    private Component total(PassbookPage page) {
        Span label = new Span(getTranslation("passbook.page.saved"));
        label.addClassName("passbook-caption");
        Span amount = new Span(page.savings().format());
        amount.addClassName("passbook-total");
        amount.setId("passbook-total");
        Div card = new Div(label, amount);
        card.addClassName("passbook-card");
        return card;
    }

    /** Her goal: its picture, its name, a bar and what is still needed. */
    static Component goalCard(Component owner, GoalView goal, boolean withPerSession) {
        Icon icon = Pictograms.icon(goal.details().pictogram());
        icon.addClassName("goal-icon");
        Span name = new Span(goal.details().name());
        name.addClassName("goal-name");
        Div head = new Div(icon, name);
        head.addClassName("goal-head");
        Div card = new Div(head);
        card.addClassName("passbook-card");
        card.addClassName("goal-card");
        GoalProgress progress = goal.progress();
        if (progress != null) {
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.setId("goal-bar");
            Span status = new Span(
                    progress.reached()
                            ? owner.getTranslation(
                                    "goal.reached", progress.goal().format())
                            : owner.getTranslation(
                                    "goal.to-go",
                                    progress.toGo().format(),
                                    progress.goal().format()));
            status.addClassName("goal-status");
            status.setId("goal-status");
            card.add(bar, status);
            if (withPerSession && !progress.reached()) {
                Span needed = new Span(
                        progress.neededPerSession() == null
                                ? owner.getTranslation("goal.no-sessions-left")
                                : owner.getTranslation(
                                        "goal.per-session",
                                        progress.neededPerSession().format(),
                                        progress.sessionsLeft()));
                needed.addClassName("goal-needed");
                needed.setId("goal-needed");
                card.add(needed);
            }
        }
        return card;
    }

    private Component goal(GoalView goal) {
        Component card = goalCard(this, goal, true);
        card.setId("passbook-goal");
        return card;
    }

    /** Her receipt of the last session, and a WhatsApp text she can send herself (discreet by default). */
    private Component receipt(Slip slip, boolean amounts) {
        Div card = new Div(new H2(getTranslation("receipt.title", longDate(slip.date()))));
        card.addClassName("passbook-card");
        card.setId("passbook-receipt");
        card.add(line(getTranslation("receipt.saved-today"), slip.savedToday()));
        card.add(line(getTranslation("receipt.total"), slip.total()));
        if (slip.loanOwed().isPositive()) {
            card.add(line(getTranslation("receipt.loan"), slip.loanOwed()));
        }
        String text = amounts
                ? getTranslation(
                        "receipt.message.amounts",
                        longDate(slip.date()),
                        slip.savedToday().format(),
                        slip.total().format(),
                        PassbookLinks.page())
                : getTranslation("receipt.message.discreet", longDate(slip.date()), PassbookLinks.page());
        Anchor share = new Anchor(
                "https://wa.me/?text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"),
                getTranslation("receipt.whatsapp"));
        share.setTarget(AnchorTarget.BLANK);
        share.getElement().setAttribute("rel", "noopener noreferrer");
        share.setId("share-whatsapp");
        share.addClassName("share-link");
        Paragraph hint =
                new Paragraph(getTranslation(amounts ? "receipt.whatsapp-amounts" : "receipt.whatsapp-discreet"));
        hint.addClassName("passbook-note");
        card.add(share, hint);
        return card;
    }

    private Component next(PassbookPage page) {
        Span next = new Span(
                page.nextSession() == null
                        ? getTranslation("passbook.page.no-next")
                        : getTranslation("passbook.page.next", longDate(page.nextSession())));
        next.setId("passbook-next");
        Div card = new Div(new Icon(VaadinIcon.CALENDAR), next);
        card.addClassName("passbook-line-card");
        return card;
    }

    private Component loan(LoanLine loan) {
        LoanAccount account = loan.account();
        Div card = new Div();
        card.addClassName("passbook-card");
        card.setId("passbook-loan-" + loan.loanId());
        card.add(new H2(getTranslation("passbook.loan.title", loan.principal().format())));
        card.add(new Paragraph(getTranslation("loan-status." + loan.status().name())));
        if (loan.status().isOut()) {
            card.add(line(getTranslation("passbook.loan.owed"), account.owed()));
            if (account.dueByNext().isPositive()) {
                card.add(line(getTranslation("passbook.loan.due-next"), account.dueByNext()));
            }
            Div schedule = new Div();
            schedule.addClassName("passbook-rows");
            for (LoanAccount.Instalment instalment : account.schedule()) {
                schedule.add(row(longDate(instalment.due()), instalment.amount().format(), null));
            }
            if (!account.schedule().isEmpty()) {
                card.add(new Span(getTranslation("passbook.loan.schedule")), schedule);
            }
        }
        return card;
    }

    private Component own(PassbookPage page) {
        Div rows = new Div();
        rows.addClassName("passbook-rows");
        rows.setId("passbook-lines");
        for (PassbookLine line : page.passbook()) {
            String what = line.date() == null ? "" : Dates.format(line.date(), getLocale());
            String paper = line.paperMark() == null
                    ? ""
                    : " · "
                            + getTranslation(
                                    // Her page names no officer's login: only that and when.
                                    "passbook.page.from-paper",
                                    Dates.format(line.paperMark().enteredOn(), getLocale()));
            rows.add(row(
                    what + (line.amount().isNegative() ? " · " + getTranslation("entry-kind.REVERSAL") : "") + paper,
                    line.amount().format(),
                    line.runningTotal().format()));
        }
        if (page.passbook().isEmpty()) {
            rows.add(new Span(getTranslation("passbook.page.nothing-yet")));
        }
        Div section = new Div(new H2(getTranslation("passbook.page.per-session")), rows);
        section.addClassName("passbook-section");
        return section;
    }

    private Component ledger(PassbookPage page) {
        Div rows = new Div();
        rows.addClassName("passbook-rows");
        rows.setId("passbook-ledger");
        for (PassbookPage.LedgerRow row : page.ledger()) {
            String who = row.memberName() == null ? "" : row.memberName() + " · ";
            Div r = row(
                    Dates.format(row.date(), getLocale()) + " · " + who
                            + getTranslation("entry-kind." + row.kind().name()),
                    row.amount().format(),
                    null);
            if (row.reversed()) {
                r.addClassName("reversed");
            }
            rows.add(r);
        }
        Details details = new Details(getTranslation("passbook.page.ledger"), rows);
        details.setId("passbook-ledger-details");
        details.addClassName("passbook-section");
        return details;
    }

    private static Div row(String what, String amount, @Nullable String total) {
        Span left = new Span(what);
        Span right = new Span(amount);
        right.addClassName("amount");
        Div row = new Div(left, right);
        if (total != null) {
            Span t = new Span(total);
            t.addClassName("running");
            row.add(t);
        }
        row.addClassName("passbook-row");
        return row;
    }

    private Div line(String label, Money amount) {
        return row(label, amount.format(), null);
    }

    private String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale()));
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout languages = new HorizontalLayout();
        languages.addClassName("language-switch");
        languages.setSpacing(false);
        for (MemberLanguage language : MemberLanguage.values()) {
            Button button = new Button(language.tag().toUpperCase(Locale.ROOT), click -> {
                languageChosenHere = true;
                setLanguage(language);
            });
            button.setId("passbook-lang-" + language.tag());
            button.getElement().setAttribute("lang", language.tag());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            languages.add(button);
        }
        return languages;
    }

    /** Another language, in place: the passbook stays open (no reload, no new opening in the log). */
    private void setLanguage(MemberLanguage language) {
        UI ui = UI.getCurrent();
        // Dutch and English as on every staff screen; the others with Latin digits, as on her card.
        Locale locale = switch (language) {
            case DUTCH -> Translations.DUTCH;
            case ENGLISH -> Translations.ENGLISH;
            default -> language.locale();
        };
        content.getElement().setAttribute("lang", language.tag());
        content.getElement().setAttribute("dir", language.direction());
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().setTitle(getPageTitle());
        }
        if (pass != null) {
            showPassbook();
        } else {
            showEntry(null, false);
        }
    }

    private void clearLink() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("history.replaceState(null, '', window.location.pathname)");
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("passbook.title") + " · " + getTranslation("app.name");
    }
}
