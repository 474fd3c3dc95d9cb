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
import java.util.HashMap;
import java.util.Map;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;

/** What was booked today, in order. A mistake is corrected with a reversal and a reason. */
class TodayEntries extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final MeetingContext meeting;
    private final boolean mayCorrect;
    private final H2 title = new H2();
    private final Div rows = new Div();
    private final Map<Long, Div> rowOf = new HashMap<>();

    TodayEntries(MeetingContext meeting, boolean mayCorrect) {
        this.meeting = meeting;
        this.mayCorrect = mayCorrect;
        setPadding(false);
        addClassName("section");
        setId("today");
        title.setText(getTranslation("meeting.today", meeting.state().todayIn().format()));
        add(title);
        rows.addClassName("rows");
        for (EntryLine e : meeting.state().entries()) {
            Div row = row(e);
            rowOf.put(e.id(), row);
            rows.add(row);
        }
        add(rows);
    }

    /** A booking changed the meeting: new rows are added, a row that was reversed now says so; the total. */
    void apply(MeetingState before, MeetingState after) {
        title.setText(getTranslation("meeting.today", after.todayIn().format()));
        Map<Long, EntryLine> earlier = new HashMap<>();
        before.entries().forEach(e -> earlier.put(e.id(), e));
        for (EntryLine e : after.entries()) {
            EntryLine was = earlier.get(e.id());
            Div old = rowOf.get(e.id());
            if (old == null) {
                Div row = row(e);
                rowOf.put(e.id(), row);
                rows.add(row);
            } else if (was == null || was.reversed() != e.reversed()) {
                Div row = row(e);
                rows.replace(old, row);
                rowOf.put(e.id(), row);
            }
        }
    }

    private Div row(EntryLine e) {
        Span what = new Span(CountingRound.describe(this, e) + (e.memberName() == null ? "" : " · " + e.memberName()));
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
        return row;
    }
}
