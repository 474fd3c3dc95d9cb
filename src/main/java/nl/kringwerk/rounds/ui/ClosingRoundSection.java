package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.rounds.domain.RoundPurpose;
import nl.kringwerk.rounds.service.RoundView;
import nl.kringwerk.rounds.service.SecretRoundService;
import nl.kringwerk.sessions.domain.StepKind;
import nl.kringwerk.sessions.service.RunState;
import nl.kringwerk.sessions.ui.RunSection;

/**
 * A listening group's closing tap at the closing round: each goes home lighter, the same or
 * heavier. Counts only; what was said stays in the circle.
 */
@SpringComponent
class ClosingRoundSection implements RunSection {

    private final SecretRoundService rounds;

    ClosingRoundSection(SecretRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<Component> create(RunState state, RunState.Step step) {
        if (step.kind() != StepKind.CLOSING_ROUND) {
            return Optional.empty();
        }
        Div holder = new Div();
        holder.addClassName("section");
        holder.setId("closing-round");
        Optional<RoundView> held = rounds.roundsOfListeningSession(state.sessionId()).stream()
                .filter(r -> r.purpose() == RoundPurpose.CLOSING)
                .findFirst();
        if (held.isPresent() && held.get().isOpen()) {
            long roundId = held.get().roundId();
            Button go = new Button(
                    holder.getTranslation("round.screen.open"),
                    new Icon(VaadinIcon.LOCK),
                    click -> RoundScreen.open(roundId));
            go.addThemeVariants(ButtonVariant.LUMO_LARGE);
            go.setId("round-open");
            holder.add(new Paragraph(holder.getTranslation("round.screen.running")), go);
            return Optional.of(holder);
        }
        if (held.isPresent()) {
            holder.add(new SecretRoundPanel(rounds, held.get().roundId(), () -> {}));
            return Optional.of(holder);
        }
        Paragraph what = new Paragraph(holder.getTranslation("round.closing.what"));
        what.addClassName("hint");
        Button start = new Button(holder.getTranslation("round.closing.start"), new Icon(VaadinIcon.LOCK));
        start.addThemeVariants(ButtonVariant.LUMO_LARGE);
        start.setId("round-closing-start");
        start.addClickListener(click -> {
            long[] opened = new long[1];
            if (new FieldErrors(holder).attempt(() -> opened[0] = rounds.openClosing(state.sessionId()))) {
                RoundScreen.open(opened[0]);
            }
        });
        holder.add(what, start);
        return Optional.of(holder);
    }
}
