package nl.kringwerk.rounds.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.ui.MeetingView;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.ui.ListeningView;

/**
 * While a secret round runs, the meeting (or listening session) it is held at is not shown: whoever
 * opens it, on this tablet or another, comes to the round's own full screen ({@link RoundScreen}).
 * So a reload or a second device cannot show the meeting beside a running round.
 */
@SpringComponent
class RoundTakeover implements VaadinServiceInitListener {

    private final SecretRoundService rounds;
    private final CurrentUser currentUser;

    RoundTakeover(SecretRoundService rounds, CurrentUser currentUser) {
        this.rounds = rounds;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::forward));
    }

    private void forward(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != MeetingView.class && target != ListeningView.class) {
            return;
        }
        Optional<Long> sessionId = event.getRouteParameters().getLong("sessionId");
        if (sessionId.isEmpty() || currentUser.find().isEmpty()) {
            return;
        }
        List<RoundView> held;
        try {
            held = target == MeetingView.class
                    ? rounds.roundsOfSavingsSession(sessionId.get())
                    : rounds.roundsOfListeningSession(sessionId.get());
        } catch (NotFoundOrNotAllowedException e) {
            // The screen itself says so.
            return;
        }
        held.stream()
                .filter(RoundView::isOpen)
                .findFirst()
                .ifPresent(open -> event.forwardTo(RoundScreen.class, RoundScreen.parameters(open.roundId())));
    }
}
