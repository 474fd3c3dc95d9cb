package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.ui.MeetingView;
import nl.kringwerk.security.Role;
import nl.kringwerk.sessions.ui.ListeningView;

/**
 * The secret round takes the whole tablet while it goes round: no menu, no meeting, no amounts, no
 * names of the meeting's roles, nothing that could tell one tap from another. Only the round: her
 * name to tap, large pictograms, and "7 van 8 klaar" with the chair's button to end. When the round
 * ends, the tablet goes back to the meeting (or the listening session), where the totals show.
 * Opening the meeting while a round runs comes here ({@link RoundTakeover}).
 */
@Route(value = "ronde/:roundId([0-9]{1,18})", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class RoundScreen extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND_ID = "roundId";

    private final SecretRoundService rounds;

    RoundScreen(SecretRoundService rounds) {
        this.rounds = rounds;
        addClassName("round-screen");
        setId("round-screen");
    }

    public static RouteParameters parameters(long roundId) {
        return new RouteParameters(ROUND_ID, String.valueOf(roundId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong(ROUND_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        RoundView view = rounds.round(roundId);
        if (!view.isOpen()) {
            // Ended: its totals are shown at the meeting.
            event.forwardTo(backTo(view), back(view));
            return;
        }
        removeAll();
        MemberWords.speaking(view.languages().first(), this);
        add(new SecretRoundPanel(rounds, roundId, () -> UI.getCurrent().navigate(backTo(view), back(view))));
    }

    private static Class<? extends Component> backTo(RoundView view) {
        return view.savingsSessionId() != null ? MeetingView.class : ListeningView.class;
    }

    private static RouteParameters back(RoundView view) {
        return view.savingsSessionId() != null
                ? MeetingView.parameters(view.savingsSessionId())
                : ListeningView.parameters(view.listeningSessionId());
    }

    /** Go to the round that was just opened. */
    static void open(long roundId) {
        UI.getCurrent().navigate(RoundScreen.class, parameters(roundId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.screen.title") + " · " + getTranslation("app.name");
    }
}
