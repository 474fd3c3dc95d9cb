package nl.kringwerk.sessions.domain;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/** The rules for changing the calendar: a new date is not in the past, and a change has a reason. */
public final class CalendarChange {

    public static final int MAX_REASON = 200;

    private CalendarChange() {}

    /** Moving a planned session to another day. */
    public static List<InvalidInput> problemsOfMove(
            LocalDate from, @Nullable LocalDate to, LocalDate today, String reason) {
        List<InvalidInput> problems = problemsOfDate(to, today);
        if (to != null && to.equals(from)) {
            problems.add(InvalidInput.of("date", "error.same-date"));
        }
        Texts.required(problems, "reason", reason, MAX_REASON);
        return problems;
    }

    public static List<InvalidInput> problemsOfCancel(String reason) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "reason", reason, MAX_REASON);
        return problems;
    }

    /** An extra session, or the day a session moves to: never in the past. */
    public static List<InvalidInput> problemsOfDate(@Nullable LocalDate day, LocalDate today) {
        List<InvalidInput> problems = Texts.newProblems();
        if (day == null) {
            problems.add(InvalidInput.of("date", "error.required"));
        } else if (day.isBefore(today)) {
            problems.add(InvalidInput.of("date", "error.date-in-past"));
        }
        return problems;
    }
}
