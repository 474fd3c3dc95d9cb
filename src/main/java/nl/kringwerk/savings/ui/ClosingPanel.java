package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.savings.service.MeetingState;

/**
 * The closing count: the counters count the box, Kringwerk shows what the ledger expects. Equal:
 * close. Different: the difference is booked openly with a reason first, never hidden.
 */
class ClosingPanel extends VerticalLayout {

    private final MeetingContext meeting;
    private final TextField counted = new TextField();
    private final Div differenceArea = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final Span expected = new Span();

    /** A booking changed what the box should hold. */
    void apply(MeetingState after) {
        expected.setText(after.expectedBox().format());
    }

    ClosingPanel(MeetingContext meeting) {
        this.meeting = meeting;
        setPadding(false);
        addClassName("section");
        setId("closing");
        add(new H2(getTranslation("meeting.closing")));
        Span expectedLabel = new Span(getTranslation("closing.expected"));
        expectedLabel.addClassName("fact-label");
        expected.setText(meeting.state().expectedBox().format());
        expected.addClassName("big-amount");
        expected.setId("expected-box");
        add(new Div(expectedLabel), expected);

        counted.setLabel(getTranslation("closing.counted"));
        counted.setPrefixComponent(new Span("€"));
        counted.setId("counted-cash");
        counted.addClassName("amount-field");
        errors.bind("counted", counted);
        Details byPieces = DenominationCounter.folded(
                getTranslation("counting.by-pieces"), "box", total -> counted.setValue(total.toInputText()));

        Button close = new Button(getTranslation("closing.close"), new Icon(VaadinIcon.LOCK), click -> tryClose());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        close.setId("close-session");
        // The button says what the count means: only a box that matches the books "klopt".
        counted.setValueChangeMode(ValueChangeMode.LAZY);
        counted.addValueChangeListener(change -> close.setText(getTranslation(closeLabel(change.getValue()))));
        add(counted, byPieces, close, differenceArea);
    }

    private String closeLabel(String countedText) {
        try {
            return Money.parse(countedText).equals(meeting.state().expectedBox())
                    ? "closing.close-matches"
                    : "closing.close-differs";
        } catch (InvalidInputException e) {
            return "closing.close";
        }
    }

    private void tryClose() {
        differenceArea.removeAll();
        try {
            errors.clear();
            meeting.savings().sessions().closeSession(meeting.sessionId(), counted.getValue());
            meeting.changed().run();
        } catch (InvalidInputException e) {
            if ("error.cash-difference-unexplained".equals(e.problems().get(0).messageKey())) {
                showDifference();
            }
            errors.show(e);
        }
    }

    /** The box and the ledger differ: say so plainly and ask why, before anything closes. */
    private void showDifference() {
        Money countedMoney = Amounts.parse("counted", counted.getValue());
        Money difference = countedMoney.minus(meeting.state().expectedBox());
        String key = meeting.savings().bookings().newIdempotencyKey();
        Paragraph text = new Paragraph(getTranslation(
                difference.isNegative() ? "closing.short" : "closing.over",
                difference.abs().format()));
        text.addClassName("difference-text");
        TextArea reason = new TextArea(getTranslation("closing.reason"));
        reason.setWidthFull();
        reason.setId("difference-reason");
        FieldErrors reasonErrors = new FieldErrors(this).bind("reason", reason).bind("counted", counted);
        Button book = new Button(getTranslation("closing.book-difference"), click -> {
            boolean ok = reasonErrors.attempt(() -> {
                meeting.savings()
                        .bookings()
                        .bookCashDifference(meeting.sessionId(), counted.getValue(), reason.getValue(), key);
                meeting.savings().sessions().closeSession(meeting.sessionId(), counted.getValue());
            });
            if (ok) {
                meeting.changed().run();
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.setId("book-difference");
        differenceArea.add(text, reason, book);
    }
}
