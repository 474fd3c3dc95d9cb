package nl.kringwerk.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate START = LocalDate.of(2026, 1, 6);

    @Test
    void aCompleteGroupHasNoProblems() {
        assertThat(GroupRules.checkGroup(group("Spaarkring De Zonnebloem"))).isEmpty();
    }

    @Test
    void aGroupNeedsANameOfAtMostEightyCharactersAndEveryScheduleField() {
        GroupDetails empty = new GroupDetails(" ", null, "", null, null, null, null, null);
        assertThat(GroupRules.checkGroup(empty))
                .extracting(InvalidInput::field)
                .containsExactlyInAnyOrder(
                        "name", "type", "municipality", "startedOn", "meetingDay", "meetingTime", "frequency", "place");
        assertThat(GroupRules.checkGroup(group("x".repeat(80)))).isEmpty();
        assertThat(GroupRules.checkGroup(group("x".repeat(81))))
                .extracting(InvalidInput::field, InvalidInput::messageKey)
                .containsExactly(tuple("name", "error.too-long"));
    }

    @Test
    void aGroupEndsOnOrAfterItsStartAndNotInTheFuture() {
        assertThat(GroupRules.checkEnd(START, START, null, TODAY)).isEmpty();
        assertThat(keys(GroupRules.checkEnd(START, START.minusDays(1), null, TODAY)))
                .containsExactly("error.end-before-start");
        assertThat(keys(GroupRules.checkEnd(START, TODAY.plusDays(1), null, TODAY)))
                .containsExactly("error.date-in-future");
        assertThat(keys(GroupRules.checkEnd(START, TODAY, START, TODAY))).containsExactly("error.group-already-ended");
        assertThat(keys(GroupRules.checkEnd(START, null, null, TODAY))).containsExactly("error.required");
    }

    @Test
    void aMemberNameMustBeFreeAmongActiveMembersAndTheMessageSaysWhoHasIt() {
        // Whether "  SAMIRA " is Samira's name is the database's rule (NamesTest): here it found her.
        MemberDetails samira = new MemberDetails("  SAMIRA ", null, null, START);
        assertThat(GroupRules.checkMember(samira, START, "Samira"))
                .containsExactly(InvalidInput.of("displayName", "error.member-name-taken", "Samira"));
        assertThat(GroupRules.checkMember(samira, START, null)).isEmpty();
    }

    @Test
    void aMemberCannotJoinBeforeTheGroupStartedAndContactDetailsMustLookReal() {
        assertThat(keys(GroupRules.checkMember(new MemberDetails("Anja", null, null, START.minusDays(1)), START, null)))
                .containsExactly("error.joined-before-group-start");
        assertThat(GroupRules.checkMember(
                        new MemberDetails("Anja", "+31 6 1234 5678", "anja@example.nl", START), START, null))
                .isEmpty();
        assertThat(GroupRules.checkMember(new MemberDetails("Anja", "06-bellen", "anja@", START), START, null))
                .extracting(InvalidInput::field)
                .containsExactly("phone", "email");
    }

    @Test
    void aMemberLeavesOnOrAfterSheJoinedOnceAndNotInTheFuture() {
        assertThat(GroupRules.checkLeave(START, null, START, TODAY)).isEmpty();
        assertThat(keys(GroupRules.checkLeave(START, null, START.minusDays(1), TODAY)))
                .containsExactly("error.left-before-joined");
        assertThat(keys(GroupRules.checkLeave(START, null, TODAY.plusDays(1), TODAY)))
                .containsExactly("error.date-in-future");
        assertThat(keys(GroupRules.checkLeave(START, TODAY, TODAY, TODAY)))
                .containsExactly("error.member-already-left");
    }

    private static GroupDetails group(String name) {
        return new GroupDetails(
                name,
                GroupType.SAVINGS_CIRCLE,
                "Rotterdam",
                START,
                DayOfWeek.TUESDAY,
                LocalTime.of(19, 30),
                Frequency.WEEKLY,
                "Buurthuis");
    }

    private static List<String> keys(List<InvalidInput> problems) {
        return problems.stream().map(InvalidInput::messageKey).toList();
    }
}
