package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.EntryLine;

/** What was booked today, in order. A mistake is corrected with a reversal and a reason. */
class TodayEntries extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    TodayEntries(MeetingContext meeting, boolean mayCorrect) {
        setPadding(false);
        addClassName("section");
        setId("today");
        add(new H2(getTranslation("meeting.today", meeting.state().todayIn().format())));
        Div rows = new Div();
        rows.addClassName("rows");
        for (EntryLine e : meeting.state().entries()) {
            Span what =
                    new Span(CountingRound.describe(this, e) + (e.memberName() == null ? "" : " · " + e.memberName()));
            what.addClassName("row-title");
            // Nothing counted (nothing saved, a cash difference): the row names only who wrote it.
            String who = e.countedBy() == null || e.kind() == EntryKind.NO_SAVING
                    ? getTranslation(
                            "meeting.entry-recorded",
                            TIME.format(e.bookedAt()),
                            e.recordedBy() == null ? "-" : e.recordedBy())
                    : getTranslation(
                            "meeting.entry-witnesses",
                            TIME.format(e.bookedAt()),
                            e.countedBy(),
                            e.recordedBy() == null ? "-" : e.recordedBy());
            Span sub = new Span(who + (e.reason() == null ? "" : " · " + e.reason()));
            sub.addClassName("row-sub");
            Div text = new Div(what, sub);
            text.addClassName("row-text");
            Span amount = new Span(e.amount().format());
            amount.addClassName("row-amount");
            Div row = new Div(text, amount);
            row.addClassName("member-row");
            row.setId("entry-" + e.id());
            if (e.reversed()) {
                row.addClassName("reversed");
                Span mark = new Span(getTranslation("meeting.reversed"));
                mark.getElement().getThemeList().add("badge contrast");
                row.add(mark);
            } else if (mayCorrect && e.kind() != EntryKind.REVERSAL && !e.kind().isShareOut()) {
                Button correct = new Button(
                        getTranslation("meeting.correct"),
                        new Icon(VaadinIcon.ARROW_BACKWARD),
                        click -> CorrectionDialog.reverse(this, meeting, e).open());
                correct.setId("correct-" + e.id());
                row.add(correct);
            }
            rows.add(row);
        }
        add(rows);
    }
}
