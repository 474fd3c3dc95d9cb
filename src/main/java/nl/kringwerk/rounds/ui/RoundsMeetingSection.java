package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.RoundStatus;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.savings.ui.MeetingContext;
import nl.kringwerk.savings.ui.MeetingSection;
import org.springframework.core.annotation.Order;

/**
 * Secret rounds in meeting mode: a loan request put to a secret ballot (next to the show of hands
 * in the loans section), and the outcome statements at the first and the last session of a cycle.
 * While a round runs, it takes the whole tablet ({@link RoundScreen}); once it has ended, the tablet
 * comes back here and its totals stay in view.
 */
@SpringComponent
@Order(60)
class RoundsMeetingSection implements MeetingSection {

    private final SecretRoundService rounds;
    private final LoanService loans;

    RoundsMeetingSection(SecretRoundService rounds, LoanService loans) {
        this.rounds = rounds;
        this.loans = loans;
    }

    @Override
    public Optional<Component> create(MeetingContext meeting) {
        if (meeting.state().sharingOut()) {
            return Optional.empty();
        }
        long sessionId = meeting.sessionId();
        List<RoundView> held = rounds.roundsOfSavingsSession(sessionId);
        Optional<RoundView> running = held.stream().filter(RoundView::isOpen).findFirst();
        List<LoanLine> requested = loans.loans(meeting.state().groupId()).stream()
                .filter(l -> l.status() == LoanStatus.REQUESTED)
                .toList();
        Optional<OutcomePhase> due = rounds.outcomeDue(sessionId);
        Optional<RoundView> last = held.stream()
                .filter(r -> r.status() == RoundStatus.ENDED || r.status() == RoundStatus.LOST)
                .reduce((a, b) -> b);
        if (running.isEmpty() && requested.isEmpty() && due.isEmpty() && last.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("section");
        section.setId("secret-rounds");
        section.add(new H2(section.getTranslation("round.title")));
        if (running.isPresent()) {
            // The round has the whole tablet (RoundScreen); should the meeting show anyway, only this.
            section.add(new Paragraph(section.getTranslation("round.screen.running")));
            long roundId = running.get().roundId();
            Button go = new Button(
                    section.getTranslation("round.screen.open"),
                    new Icon(VaadinIcon.LOCK),
                    click -> RoundScreen.open(roundId));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            go.setId("round-open");
            section.add(go);
            return Optional.of(section);
        }
        Paragraph what = new Paragraph(section.getTranslation("round.what"));
        what.addClassName("hint");
        section.add(what);
        Div actions = new Div();
        actions.addClassName("choice-buttons");
        for (LoanLine loan : requested) {
            Button ballot = new Button(
                    section.getTranslation("round.ballot.start", loan.memberName()),
                    new Icon(VaadinIcon.LOCK),
                    click -> new BallotDialog(
                                    rounds,
                                    meeting,
                                    loan,
                                    loans.room(meeting.state().groupId(), loan.memberId())
                                            .defaultInterestBp())
                            .open());
            ballot.addThemeVariants(ButtonVariant.LUMO_LARGE);
            ballot.setId("round-ballot-" + loan.loanId());
            actions.add(ballot);
        }
        due.ifPresent(phase -> {
            Paragraph outcome = new Paragraph(section.getTranslation("round.outcome.offer." + phase.name()));
            outcome.setId("round-outcome-offer");
            section.add(outcome);
            for (int scale : new int[] {3, 5}) {
                Button start = new Button(
                        section.getTranslation("round.outcome.start", scale), new Icon(VaadinIcon.LOCK), click -> {
                            long[] opened = new long[1];
                            if (new FieldErrors(section)
                                    .attempt(() -> opened[0] = rounds.openOutcome(sessionId, scale))) {
                                RoundScreen.open(opened[0]);
                            }
                        });
                start.addThemeVariants(ButtonVariant.LUMO_LARGE);
                start.setId("round-outcome-" + scale);
                actions.add(start);
            }
            Button skip = new Button(
                    section.getTranslation("round.outcome.skip"),
                    click -> meeting.attempt(section, () -> rounds.skipOutcome(sessionId)));
            skip.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
            skip.setId("round-outcome-skip");
            actions.add(skip);
        });
        section.add(actions);
        last.ifPresent(r -> section.add(new SecretRoundPanel(rounds, r.roundId(), () -> {})));
        return Optional.of(section);
    }
}
