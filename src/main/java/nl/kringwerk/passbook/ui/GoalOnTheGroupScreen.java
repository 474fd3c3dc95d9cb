package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.passbook.domain.GoalProgress;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.ui.GroupScreenSection;
import org.springframework.core.annotation.Order;

/**
 * At her turn, only when she chose so: her goal's picture and "nog € 35 tot je doel", counting the
 * amount the counters hold up now.
 */
@SpringComponent
@Order(10)
class GoalOnTheGroupScreen implements GroupScreenSection {

    private final Goals goals;

    GoalOnTheGroupScreen(Goals goals) {
        this.goals = goals;
    }

    @Override
    public Optional<Component> atTurn(MeetingState state, long memberId, Money shown) {
        return goals.atTurn(state.groupId(), memberId, shown).map(goal -> {
            GoalProgress progress = goal.progress();
            Div line = new Div(Pictograms.icon(goal.details().pictogram()));
            Span text = new Span();
            line.add(text);
            text.setText(
                    progress == null || progress.reached()
                            ? line.getTranslation("goal.screen-reached")
                            : line.getTranslation("goal.screen", progress.toGo().format()));
            line.addClassName("presentation-goal");
            line.setId("presentation-goal");
            return line;
        });
    }
}
