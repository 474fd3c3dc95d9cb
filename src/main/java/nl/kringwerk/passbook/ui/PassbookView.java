package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Locale;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.passbook.service.PassNoLongerValidException;
import nl.kringwerk.passbook.service.PassbookPage;
import nl.kringwerk.passbook.service.PassbookService;
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
        open.addClickShortcut(Key.ENTER);
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
        PassbookCards cards = new PassbookCards(this, getLocale());
        content.add(title, group, cards.total(page));
        if (page.goal() != null) {
            content.add(cards.goal(page.goal()));
        }
        if (page.receipt() != null) {
            content.add(cards.receipt(page.receipt(), page.amountsInMessages()));
        }
        content.add(cards.next(page));
        page.loans().stream().filter(l -> l.status().isOpen()).forEach(l -> content.add(cards.loan(l)));
        content.add(cards.own(page), cards.ledger(page));
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
