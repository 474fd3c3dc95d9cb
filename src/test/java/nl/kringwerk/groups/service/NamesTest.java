package nl.kringwerk.groups.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names as people type them, on the real database: one rule for "the same name" in the app and in
 * the unique index (letters with their accents and emoji count, upper and lower case do not), names
 * stored in one Unicode form with single spaces, nothing invisible, length in characters people see.
 */
class NamesTest extends ServiceTest {

    @Autowired
    GroupService service;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MemberRepository members;

    @Autowired
    JdbcTemplate jdbc;

    TestWorld.World world;
    LocalDate today = LocalDate.now(TestClock.AMSTERDAM);

    @BeforeEach
    void signInAsCoordinator() {
        world = testWorld.create();
        signInAs(world.coordinatorA());
    }

    @Test
    void zoeMayJoinWhileZoeWithADiaeresisIsAMember() {
        add("Zoë");
        add("Zoe");
        assertThat(activeNames()).contains("Zoë", "Zoe");
    }

    @Test
    void annaWithADaisyIsNotAnnaWithASunflower() {
        add("Anna 🌻");
        add("Anna 🌼");
        assertThat(activeNames()).contains("Anna 🌻", "Anna 🌼");
    }

    @Test
    void theSameNameInOtherCapitalsIsTakenAndTheMessageSaysByWhom() {
        add("Anna de Vries");
        long before = members.count();
        assertThatThrownBy(() -> add("ANNA DE VRIES"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        InvalidInput.of("displayName", "error.member-name-taken", "Anna de Vries")));
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void aNameIsStoredInOneUnicodeFormWithOneSpaceBetweenWordsAndMatchesItsTwin() {
        // "Zoë" typed with a separate diaeresis, a no-break space and an em space inside, spaces around.
        add(" \u00A0Zoe\u0308 \u00A0 Jansen\u2003");
        assertThat(activeNames()).contains("Zoë Jansen");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM member WHERE group_id = ? AND display_name = ?",
                        Integer.class,
                        world.groupA(),
                        "Zoë Jansen"))
                .isEqualTo(1);
        assertProblem(() -> add("Zoë Jansen"), "error.member-name-taken");
    }

    @Test
    void aNameOfOnlyInvisibleOrSpaceCharactersIsNoName() {
        long before = members.count();
        for (String invisible : List.of("\u00A0", "\u200B", " \u200B\u00A0 ", "\u2003", "\u3000", "\u2060", "\uFEFF")) {
            assertProblem(() -> add(invisible), "error.required");
        }
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void lineBreaksTabsAndInvisibleCharactersInsideANameAreRefused() {
        long before = members.count();
        for (String name :
                List.of("Anna\nJansen", "Anna\tJansen", "Anna\r\n", "An\u200Bna", "Anna\u2028Jansen", "Anna\u0007")) {
            assertProblem(() -> add(name), "error.name-characters");
        }
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void lengthCountsTheCharactersPeopleSee() {
        // A woman with a skin tone is one character on screen, two code points, four UTF-16 units.
        String eighty = "👩🏽".repeat(80);
        add(eighty);
        assertThat(activeNames()).contains(eighty);
        assertProblem(() -> add("👩🏿".repeat(81)), "error.too-long");
        // Vietnamese typed with separate accents: 80 letters once composed.
        add("e\u0302\u0303".repeat(80));
        assertThat(activeNames()).contains("ễ".repeat(80));
    }

    @Test
    void organisationsFollowTheSameRule() {
        signInAs(world.admin());
        long n = world.groupA();
        long zoe = organisations.createOrganisation("Stichting Zoë " + n);
        organisations.createOrganisation("Stichting Zoe " + n);
        // Her own name in other capitals is no clash with herself.
        organisations.renameOrganisation(zoe, "stichting zoë " + n);
        assertThatThrownBy(() -> organisations.createOrganisation(" STICHTING  ZOE " + n))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(InvalidInput.of(
                                        "name", "error.organisation-name-taken", "Stichting Zoe " + n)));
        assertThatThrownBy(() -> organisations.createOrganisation("\u00A0\u200B"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::messageKey)
                                .containsExactly("error.required"));
        assertThatThrownBy(() -> organisations.createOrganisation("Stichting\tZon " + n))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::messageKey)
                                .containsExactly("error.name-characters"));
    }

    private long add(String name) {
        return service.addMember(world.groupA(), new MemberDetails(name, null, null, today));
    }

    private List<String> activeNames() {
        return service.groupPage(world.groupA()).activeMembers().stream()
                .map(MemberRow::displayName)
                .toList();
    }

    private static void assertProblem(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::field, InvalidInput::messageKey)
                                .contains(Tuple.tuple("displayName", key)));
    }
}
