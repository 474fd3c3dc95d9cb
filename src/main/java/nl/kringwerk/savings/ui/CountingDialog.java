package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kringwerk.base.DatabaseOutage;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.EntryLine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counting ritual for one turn. First the counter enters the amount (keypad, or notes and
 * coins). Then the amount is shown large with "Heeft iedereen het gezien?": "Ja, gezien" books it,
 * "Nee, opnieuw tellen" goes back and books nothing. The idempotency key is made when the question
 * appears, so a double tap or a second device confirming books once. When the database is away,
 * the question stays with "Ja, gezien" and the same key: the group's "yes" is not asked again, and
 * the retry books once.
 */
public class CountingDialog extends Dialog {

    /**
     * Checks every rule that does not need the group's "yes" (the maximum, what she owes, who is
     * here...) before the amount is shown; throws {@link InvalidInputException} and writes nothing.
     */
    public interface Check {
        void check(String amountText, @Nullable Long countedBy);
    }

    /** Books what the group saw, with the key made when the question appeared. */
    public interface Booking {
        EntryLine book(String amountText, @Nullable Long countedBy, String idempotencyKey);
    }

    private static final Logger log = LoggerFactory.getLogger(CountingDialog.class);

    /** The keys of a real keyboard for each key of the keypad; a number pad's decimal key is the comma. */
    private static final Map<String, List<Key>> KEYBOARD = Map.ofEntries(
            Map.entry("0", List.of(Key.of("0"))),
            Map.entry("1", List.of(Key.of("1"))),
            Map.entry("2", List.of(Key.of("2"))),
            Map.entry("3", List.of(Key.of("3"))),
            Map.entry("4", List.of(Key.of("4"))),
            Map.entry("5", List.of(Key.of("5"))),
            Map.entry("6", List.of(Key.of("6"))),
            Map.entry("7", List.of(Key.of("7"))),
            Map.entry("8", List.of(Key.of("8"))),
            Map.entry("9", List.of(Key.of("9"))),
            Map.entry(",", List.of(Key.of(","), Key.of("NumpadDecimal"))),
            Map.entry("⌫", List.of(Key.BACKSPACE)));

    private final MeetingContext meeting;
    private final long memberId;
    private final String memberName;
    private final String labelKey;
    private final Check check;
    private final Booking booking;
    private final @Nullable Money fixedAmount;
    private final Span display = new Span("0");
    private final Span error = new Span();
    private String typed = "";
    private final RadioButtonGroup<Long> counter = new RadioButtonGroup<>();
    private @Nullable Long saverId;

    /**
     * @param labelKey    what is counted, a key of the members' texts ("show.saves"): the group reads it
     *                    in its own language(s)
     * @param fixedAmount a known amount (social fund, a loan, a pot); null when the counter enters the amount
     */
    public CountingDialog(
            MeetingContext meeting,
            long memberId,
            String memberName,
            String labelKey,
            @Nullable Money fixedAmount,
            Check check,
            Booking booking) {
        this.meeting = meeting;
        this.memberId = memberId;
        this.memberName = memberName;
        this.labelKey = labelKey;
        this.check = check;
        this.booking = booking;
        this.fixedAmount = fixedAmount;
        addClassName("counting-dialog");
        setWidth("min(44rem, 98vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        if (fixedAmount == null) {
            showKeypad();
        } else {
            try {
                check.check(fixedAmount.toInputText(), null);
                showQuestion(fixedAmount);
            } catch (InvalidInputException e) {
                showRefusal(message(e));
            } catch (RuntimeException e) {
                showRefusal(databaseAway(e));
            }
        }
    }

    /** Her own savings turn: the group screen learns whose turn it is (for her goal, if she chose so). */
    public CountingDialog forSaver(long memberId) {
        this.saverId = memberId;
        return this;
    }

    /** A known amount the rules refuse: said here, to the bookkeeper, and never shown to the group. */
    private void showRefusal(String message) {
        setHeaderTitle(label() + " · " + memberName);
        error.setText(message);
        error.addClassName("keypad-error");
        error.setId("keypad-error");
        add(error);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_LARGE);
        close.setId("close-refusal");
        getFooter().add(close);
    }

    /** What is counted, in the language of whoever holds the tablet. */
    private String label() {
        return MemberTexts.text(MemberLanguage.of(getLocale()), labelKey);
    }

    private String message(InvalidInputException e) {
        return getTranslation(
                e.problems().get(0).messageKey(),
                e.problems().get(0).arguments().toArray());
    }

    /**
     * The database is away (down, restarting, not answering in time): said where the bookkeeper looks,
     * and the step can be tried again. Any other failure goes on to the error handler.
     */
    private String databaseAway(RuntimeException failure) {
        if (!DatabaseOutage.isCause(failure)) {
            throw failure;
        }
        log.warn("The database is away at the counting of {} ({}): {}", labelKey, memberName, failure.toString());
        return getTranslation(DatabaseOutage.MESSAGE_KEY);
    }

    /**
     * The keypad: taps on the screen, or the digits, comma, backspace, Enter (show) and Esc (cancel)
     * of a real keyboard anywhere in the dialog but the notes and coins.
     */
    private void showKeypad() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("counting.count-for", memberName));
        display.setText(typed.isEmpty() ? "0" : typed);
        display.addClassName("keypad-display");
        display.setId("keypad-display");
        error.addClassName("keypad-error");
        error.setId("keypad-error");
        Div pad = new Div();
        pad.setId("keypad-area");
        pad.addClassName("keypad-area");
        Div keys = new Div();
        keys.addClassName("keypad");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "0", "⌫"}) {
            Button button = new Button(key, click -> press(key));
            button.addClassName("key");
            button.setId("key-" + ("⌫".equals(key) ? "back" : ",".equals(key) ? "comma" : key));
            // The keyboard types the same: the screen's keys stay out of the tab order.
            button.getElement().setAttribute("tabindex", "-1");
            KEYBOARD.get(key).forEach(k -> button.addClickShortcut(k).listenOn(this));
            keys.add(button);
        }
        Details byPieces = DenominationCounter.folded(getTranslation("counting.by-pieces"), "keypad", total -> {
            typed = total.toInputText();
            display.setText(typed);
        });
        // Enter on a focused + or − counts a piece there and nothing else.
        byPieces.getElement().executeJs("this.addEventListener('keydown', e => e.stopPropagation())");
        counter.setLabel(getTranslation("counting.who-counts"));
        SessionRoles roles = meeting.state().roles();
        counter.setItems(roles.counter1(), roles.counter2());
        counter.setItemLabelGenerator(id -> meeting.state().nameOf(id));
        if (counter.getValue() == null) {
            // Never the saver herself: when she is one of today's counters, the other one counts.
            counter.setValue(Objects.equals(roles.counter1(), memberId) ? roles.counter2() : roles.counter1());
        }
        counter.setId("who-counts");
        pad.add(counter, display, error, keys);
        add(pad, byPieces);

        Button show = new Button(getTranslation("counting.show"), new Icon(VaadinIcon.EYE), click -> {
            try {
                Money amount = Amounts.parse("amount", typed);
                check.check(typed, counter.getValue());
                showQuestion(amount);
            } catch (InvalidInputException e) {
                error.setText(message(e));
            } catch (RuntimeException e) {
                error.setText(databaseAway(e));
            }
        });
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        show.setId("show-amount");
        show.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = DialogButtons.cancelAnd(this, show);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        takeFocus(pad);
        // A tap on a key of the screen leaves the focus on the keypad, so the keyboard goes on working.
        keys.getElement().executeJs("this.addEventListener('mousedown', e => e.preventDefault())");
    }

    /** The dialog hears the keyboard while the focus is inside it, also after its content was replaced. */
    private static void takeFocus(Div area) {
        area.getElement().setAttribute("tabindex", "-1");
        area.getElement().executeJs("const el = this; requestAnimationFrame(() => el.focus({preventScroll: true}))");
    }

    private void press(String key) {
        error.setText("");
        if ("⌫".equals(key)) {
            typed = typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1);
        } else if (typed.length() < 9) {
            typed = typed + key;
        }
        display.setText(typed.isEmpty() ? "0" : typed);
    }

    private void showQuestion(Money amount) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(label() + " · " + memberName);
        String key = meeting.savings().bookings().newIdempotencyKey();
        if (saverId != null) {
            meeting.shower().showSaving(saverId, memberName, amount, labelKey);
        } else {
            meeting.shower().show(memberName, amount, labelKey);
        }
        CountInProgress.remember(UI.getCurrent(), meeting.sessionId(), key, memberName, label(), amount.format());

        Span name = MemberWords.name(memberName);
        name.addClassName("show-name");
        Span big = MemberWords.amount(amount.format());
        big.addClassName("show-amount");
        big.setId("shown-amount");
        Div card = new Div(name, big);
        // The question is the group's: asked in each of its languages.
        for (MemberLanguage language : meeting.state().languages().all()) {
            Paragraph question =
                    MemberWords.speaking(language, new Paragraph(MemberTexts.text(language, "screen.question")));
            question.addClassName("show-question");
            card.add(question);
        }
        Span refusal = new Span();
        refusal.addClassName("keypad-error");
        refusal.setId("booking-error");
        card.add(refusal);
        card.addClassName("show-card");
        card.setId("question-area");
        add(card);

        Button yes = new Button(getTranslation("counting.yes"), new Icon(VaadinIcon.CHECK));
        yes.addClickListener(click -> {
            try {
                booking.book(fixedAmount == null ? typed : amount.toInputText(), counter.getValue(), key);
                CountInProgress.answered(UI.getCurrent());
                // No "cleared" to the other screens: the booking's new state reaches them as one
                // event, which shows the totals again (issue 22: one push per change).
                close();
                meeting.booked().run();
            } catch (InvalidInputException e) {
                refusal.setText(message(e));
                yes.setEnabled(true);
            } catch (RuntimeException e) {
                // Nothing was booked; or the booking was done and only its answer was lost. Either way
                // the next "Ja, gezien" carries the same key, so the booking happens exactly once.
                refusal.setText(databaseAway(e));
                yes.setEnabled(true);
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
        yes.setId("confirm-seen");
        yes.setDisableOnClick(true);
        Button no = new Button(getTranslation("counting.no"), new Icon(VaadinIcon.REFRESH), click -> {
            CountInProgress.answered(UI.getCurrent());
            meeting.shower().clear();
            if (fixedAmount == null) {
                showKeypad();
            } else {
                close();
            }
        });
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        no.setId("count-again");
        // Esc is "no"; the group's "yes" is always a deliberate tap.
        no.addClickShortcut(Key.ESCAPE).listenOn(this);
        getFooter().add(no, yes);
        takeFocus(card);
    }
}
