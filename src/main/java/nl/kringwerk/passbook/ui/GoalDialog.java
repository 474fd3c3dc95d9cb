package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Arrays;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.passbook.domain.GoalDetails;
import nl.kringwerk.passbook.domain.Pictogram;
import nl.kringwerk.passbook.domain.SavingsGoal;
import nl.kringwerk.passbook.service.GoalView;
import nl.kringwerk.passbook.service.Goals;
import org.jspecify.annotations.Nullable;

/**
 * Her savings goal, set with her at the table: a picture to tap, a short name, an amount if she
 * wants one, and whether the group screen may show how far she is at her turn.
 */
class GoalDialog extends Dialog {

    GoalDialog(Goals goals, long groupId, long memberId, String name, @Nullable GoalView current, Runnable changed) {
        setHeaderTitle(getTranslation("goal.dialog.title", name));
        setWidth("min(34rem, 98vw)");
        RadioButtonGroup<Pictogram> picture = new RadioButtonGroup<>(getTranslation("goal.dialog.picture"));
        picture.setItems(Arrays.asList(Pictogram.values()));
        picture.setRenderer(new ComponentRenderer<>(p -> {
            HorizontalLayout item =
                    new HorizontalLayout(Pictograms.icon(p), new Span(getTranslation("pictogram." + p.name())));
            item.setSpacing(true);
            item.setAlignItems(HorizontalLayout.Alignment.CENTER);
            return item;
        }));
        picture.addClassName("goal-pictures");
        picture.setId("goal-picture");
        TextField goalName = new TextField(getTranslation("goal.dialog.name"));
        goalName.setMaxLength(SavingsGoal.MAX_NAME);
        goalName.setId("goal-name");
        goalName.setWidthFull();
        picture.addValueChangeListener(e -> {
            if (e.getValue() != null && (goalName.isEmpty() || isPictureName(goalName.getValue()))) {
                goalName.setValue(getTranslation("pictogram." + e.getValue().name()));
            }
        });
        TextField amount = new TextField(getTranslation("goal.dialog.amount"));
        amount.setHelperText(getTranslation("goal.dialog.amount-help"));
        amount.setId("goal-amount");
        Checkbox onScreen = new Checkbox(getTranslation("goal.dialog.on-screen"));
        onScreen.setId("goal-on-screen");
        if (current != null) {
            picture.setValue(current.details().pictogram());
            goalName.setValue(current.details().name());
            if (current.details().amount() != null) {
                amount.setValue(current.details().amount().toInputText());
            }
            onScreen.setValue(current.details().showOnScreen());
        } else {
            picture.setValue(Pictogram.OTHER);
            goalName.clear();
        }
        add(picture, goalName, amount, onScreen);
        FieldErrors errors = new FieldErrors(this).bind("goalName", goalName).bind("goalAmount", amount);
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-goal");
        save.addClickListener(click -> {
            if (errors.attempt(() -> goals.setGoal(
                    groupId,
                    memberId,
                    new GoalDetails(
                            goalName.getValue(),
                            parse(amount.getValue()),
                            picture.getValue() == null ? Pictogram.OTHER : picture.getValue(),
                            onScreen.getValue())))) {
                changed.run();
                close();
            }
        });
        if (current != null) {
            Button remove = new Button(getTranslation("goal.dialog.remove"), click -> {
                goals.clearGoal(groupId, memberId);
                changed.run();
                close();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("remove-goal");
            getFooter().add(remove);
        }
        DialogButtons.cancelAnd(this, save);
    }

    private boolean isPictureName(String text) {
        return Arrays.stream(Pictogram.values())
                .anyMatch(p -> getTranslation("pictogram." + p.name()).equals(text));
    }

    private static @Nullable Money parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(
                    "goalAmount",
                    e.problems().get(0).messageKey(),
                    e.problems().get(0).arguments().toArray());
        }
    }
}
