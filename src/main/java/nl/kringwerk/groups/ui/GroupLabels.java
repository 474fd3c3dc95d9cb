package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.MeetingSchedule;

/** How group facts read in the user's language. */
public final class GroupLabels {

    private GroupLabels() {}

    public static String type(Component c, GroupType type) {
        return c.getTranslation("group-type." + type.name());
    }

    public static String frequency(Component c, Frequency frequency) {
        return c.getTranslation("frequency." + frequency.name());
    }

    /** "Elke week op dinsdag om 19:30". */
    public static String schedule(Component c, MeetingSchedule s, Locale locale) {
        return c.getTranslation(
                "schedule.when",
                frequency(c, s.frequency()),
                Dates.weekday(s.day(), locale),
                s.time().format(DateTimeFormatter.ofPattern("HH:mm")));
    }
}
