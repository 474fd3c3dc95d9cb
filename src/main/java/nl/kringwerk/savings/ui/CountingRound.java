package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;

/**
 * The counting round: "wie wil er beginnen?" Each present member is a large tile; tap it to count
 * her savings, or record that she saves nothing this time. The social fund follows the same ritual.
 */
class CountingRound extends VerticalLayout {

    private final MeetingContext meeting;
    private final Map<Long, Div> tileOf = new HashMap<>();

    CountingRound(MeetingContext meeting) {
        this.meeting = meeting;
        setPadding(false);
        addClassName("section");
        setId("counting");
        add(new H2(getTranslation("meeting.counting")), new Paragraph(getTranslation("meeting.counting-help")));
        Div tiles = new Div();
        tiles.addClassName("tiles");
        for (AttendanceLine member : meeting.state().present()) {
            Div tile = tile(meeting, member);
            tileOf.put(member.memberId(), tile);
            tiles.add(tile);
        }
        add(tiles);
    }

    /**
     * A booking changed the meeting (same people present): only the tiles of members whose turn or
     * contribution changed are made again; every other tile stays as it is.
     */
    void apply(MeetingState before, MeetingState after) {
        for (AttendanceLine member : after.present()) {
            Div old = tileOf.get(member.memberId());
            if (old != null && !turnOf(before, member.memberId()).equals(turnOf(after, member.memberId()))) {
                Div fresh = tile(meeting, member);
                old.getParent().ifPresent(parent -> ((Div) parent).replace(old, fresh));
                tileOf.put(member.memberId(), fresh);
            }
        }
    }

    /** What a member's tile shows of the bookings: her turn's entry and her social fund entry. */
    private static List<Object> turnOf(MeetingState state, long memberId) {
        return List.of(
                state.liveEntry(memberId, EntryKind.DEPOSIT, EntryKind.NO_SAVING)
                        .map(e -> List.<Object>of(e.id(), e.kind(), e.amount()))
                        .orElse(List.of()),
                state.liveEntry(memberId, EntryKind.SOCIAL_FUND)
                        .map(EntryLine::id)
                        .map(List::<Object>of)
                        .orElse(List.of()));
    }

    private Div tile(MeetingContext meeting, AttendanceLine member) {
        Span name = new Span(member.name());
        name.addClassName("tile-name");
        Span saved = new Span(savedToday(meeting, member.memberId()));
        saved.addClassName("tile-saved");
        Div tile = new Div(name, saved);
        tile.addClassName("tile");
        tile.setId("tile-" + member.memberId());
        boolean done = meeting.state().hadTurn(member.memberId());
        if (done) {
            tile.addClassName("done");
        } else {
            Button count = new Button(
                    getTranslation("meeting.count"),
                    click -> new CountingDialog(
                                    meeting,
                                    member.memberId(),
                                    member.name(),
                                    "show.saves",
                                    null,
                                    (amount, countedBy) -> meeting.savings()
                                            .bookings()
                                            .checkDeposit(meeting.sessionId(), member.memberId(), amount, countedBy),
                                    (amount, countedBy, key) -> meeting.savings()
                                            .bookings()
                                            .bookDeposit(
                                                    meeting.sessionId(), member.memberId(), amount, countedBy, key))
                            .forSaver(member.memberId())
                            .open());
            count.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            count.setId("count-" + member.memberId());
            Button nothing = new Button(
                    getTranslation("meeting.nothing"),
                    click -> meeting.attemptBooking(
                            this,
                            () -> meeting.savings()
                                    .bookings()
                                    .bookNoSaving(
                                            meeting.sessionId(),
                                            member.memberId(),
                                            meeting.savings().bookings().newIdempotencyKey())));
            nothing.setId("nothing-" + member.memberId());
            tile.add(count, nothing);
        }
        if (meeting.state().socialFundPerSession() != null && !paidFund(meeting, member.memberId())) {
            Button fund = new Button(
                    getTranslation(
                            "meeting.social-fund",
                            meeting.state().socialFundPerSession().format()),
                    click -> new CountingDialog(
                                    meeting,
                                    member.memberId(),
                                    member.name(),
                                    "show.social-fund",
                                    meeting.state().socialFundPerSession(),
                                    (amount, countedBy) -> meeting.savings()
                                            .bookings()
                                            .checkSocialFund(meeting.sessionId(), member.memberId()),
                                    (amount, countedBy, key) -> meeting.savings()
                                            .bookings()
                                            .bookSocialFund(meeting.sessionId(), member.memberId(), key))
                            .open());
            fund.setId("fund-" + member.memberId());
            tile.add(fund);
        }
        return tile;
    }

    private String savedToday(MeetingContext meeting, long memberId) {
        return meeting.state()
                .liveEntry(memberId, EntryKind.DEPOSIT, EntryKind.NO_SAVING)
                .map(e -> e.kind() == EntryKind.NO_SAVING
                        ? getTranslation("meeting.saved-nothing")
                        : e.amount().format())
                .orElse(getTranslation("meeting.waiting"));
    }

    private static boolean paidFund(MeetingContext meeting, long memberId) {
        return meeting.state().liveEntry(memberId, EntryKind.SOCIAL_FUND).isPresent();
    }

    static String describe(Component c, EntryLine e) {
        return c.getTranslation("entry-kind." + e.kind().name());
    }
}
