package nl.kringwerk.groups.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.kringwerk.base.domain.InvalidInput;
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
     * @param otherActiveNames names of the other members who have not left the group
     */
    public static List<InvalidInput> checkMember(
            MemberDetails details, LocalDate groupStartedOn, Collection<String> otherActiveNames) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "displayName", details.displayName(), MAX_NAME);
        String name = Texts.clean(details.displayName());
        if (name != null && otherActiveNames.stream().anyMatch(other -> sameName(other, name))) {
            problems.add(InvalidInput.of("displayName", "error.member-name-taken"));
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

    static boolean sameName(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static void requiredChoice(List<InvalidInput> problems, String field, @Nullable Object value) {
        if (value == null) {
            problems.add(InvalidInput.of(field, "error.required"));
        }
    }
}
