package nl.kringwerk.passbook.domain;

import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * What she chose as her goal.
 *
 * @param amount       optional: a goal can be just a wish with a picture
 * @param showOnScreen she agreed that the group screen shows "nog € 35 tot je doel" at her turn
 */
public record GoalDetails(String name, @Nullable Money amount, Pictogram pictogram, boolean showOnScreen) {

    public GoalDetails {
        name = name.strip();
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(InvalidInput.of("goalName", "goal.error.name"));
        } else if (name.length() > SavingsGoal.MAX_NAME) {
            problems.add(InvalidInput.of("goalName", "goal.error.name-long", SavingsGoal.MAX_NAME));
        }
        if (amount != null && !amount.isPositive()) {
            problems.add(InvalidInput.of("goalAmount", "goal.error.amount"));
        }
        return problems;
    }
}
