package nl.kringwerk.groups.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Names;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/** What makes group and member input acceptable. Returns every problem at once, writes nothing. */
public final class GroupRules {

    public static final int MAX_NAME = 80;
    public static final int MAX_PLACE = 120;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 120;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private GroupRules() {}

    public static List<InvalidInput> checkGroup(GroupDetails details) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "name", details.name(), MAX_NAME);
        Texts.required(problems, "municipality", details.municipality(), MAX_NAME);
        Texts.required(problems, "place", details.place(), MAX_PLACE);
        requiredChoice(problems, "type", details.type());
        requiredChoice(problems, "startedOn", details.startedOn());
        requiredChoice(problems, "meetingDay", details.meetingDay());
        requiredChoice(problems, "meetingTime", details.meetingTime());
        requiredChoice(problems, "frequency", details.frequency());
        return problems;
    }

    public static List<InvalidInput> checkEnd(
            LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable LocalDate alreadyEndedOn, LocalDate today) {
        List<InvalidInput> problems = Texts.newProblems();
        if (alreadyEndedOn != null) {
            problems.add(InvalidInput.of("endedOn", "error.group-already-ended"));
        } else if (endedOn == null) {
            problems.add(InvalidInput.of("endedOn", "error.required"));
        } else if (endedOn.isBefore(startedOn)) {
            problems.add(InvalidInput.of("endedOn", "error.end-before-start"));
        } else if (endedOn.isAfter(today)) {
            problems.add(InvalidInput.of("endedOn", "error.date-in-future"));
        }
        return problems;
    }

    /**
     * @param sameNameAs the name of another member who has not left the group and whose name is the
     *                   same by the database's rule (see {@link Names}), or null when there is none
     */
    public static List<InvalidInput> checkMember(
            MemberDetails details, LocalDate groupStartedOn, @Nullable String sameNameAs) {
        List<InvalidInput> problems = Texts.newProblems();
        Names.check(problems, "displayName", details.displayName(), MAX_NAME);
        if (sameNameAs != null) {
            problems.add(InvalidInput.of("displayName", "error.member-name-taken", sameNameAs));
        }
        String phone = Texts.clean(details.phone());
        if (phone != null
                && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
            problems.add(InvalidInput.of("phone", "error.phone-invalid"));
        }
        String email = Texts.clean(details.email());
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(InvalidInput.of("email", "error.email-invalid"));
        }
        if (details.joinedOn() == null) {
            problems.add(InvalidInput.of("joinedOn", "error.required"));
        } else if (details.joinedOn().isBefore(groupStartedOn)) {
            problems.add(InvalidInput.of("joinedOn", "error.joined-before-group-start"));
        }
        return problems;
    }

    public static List<InvalidInput> checkLeave(
            LocalDate joinedOn, @Nullable LocalDate alreadyLeftOn, @Nullable LocalDate leftOn, LocalDate today) {
        List<InvalidInput> problems = Texts.newProblems();
        if (alreadyLeftOn != null) {
            problems.add(InvalidInput.of("leftOn", "error.member-already-left"));
        } else if (leftOn == null) {
            problems.add(InvalidInput.of("leftOn", "error.required"));
        } else if (leftOn.isBefore(joinedOn)) {
            problems.add(InvalidInput.of("leftOn", "error.left-before-joined"));
        } else if (leftOn.isAfter(today)) {
            problems.add(InvalidInput.of("leftOn", "error.date-in-future"));
        }
        return problems;
    }

    private static void requiredChoice(List<InvalidInput> problems, String field, @Nullable Object value) {
        if (value == null) {
            problems.add(InvalidInput.of(field, "error.required"));
        }
    }
}
