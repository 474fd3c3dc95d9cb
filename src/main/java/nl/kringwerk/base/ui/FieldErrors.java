package nl.kringwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;

/**
 * Shows a service's refusal next to the fields it concerns, in the user's language. A problem
 * without a field on this form is shown as a notification.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException refusal) {
        clear();
        StringBuilder elsewhere = new StringBuilder();
        for (InvalidInput problem : refusal.problems()) {
            String message = owner.getTranslation(
                    problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                // Several problems with one field are all shown, in the order the rules found them.
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + " " + message : message);
                field.setInvalid(true);
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(message);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notification n = Notification.show(elsewhere.toString(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Runs the action; on refusal shows the problems and returns false. */
    public boolean attempt(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (InvalidInputException refusal) {
            show(refusal);
            return false;
        }
    }
}
