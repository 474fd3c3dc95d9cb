package nl.kringwerk.rounds.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.rounds.domain.OutcomePhase;
import nl.kringwerk.rounds.domain.Tallies;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.savings.service.SessionLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation words the outcome statements within limits: the five slots stay, the words of
 * each may change (Dutch and English, plain text, at most 80 characters, back to the standard at any
 * time); a change reaches only rounds opened after it, and the end of a cycle asks the start's words.
 */
class OutcomeWordingTest extends ServiceTest {

    private static final String MINE = "Ik weet wat er binnenkomt en wat eruit gaat.";
    private static final String MINE_EN = "I know what comes in and what goes out.";

    @Autowired
    OutcomeWordingService wording;

    @Autowired
    SecretRoundService rounds;

    @Autowired
    Savings savings;

    @Autowired
    JdbcTemplate jdbc;

    TestWorld.World world;

    @BeforeEach
    void aWorld() {
        world = testWorld.create();
    }

    @Test
    void theCoordinatorWordsAStatementOfHerOwnOrganisationAndMayGoBackToTheStandard() {
        signInAs(world.coordinatorA());
        assertThat(wording.organisations()).extracting(o -> o.id()).containsExactly(world.organisationA());
        assertThat(wording.statements(world.organisationA()))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.standard().values()).containsOnly(true));

        wording.word(world.organisationA(), 0, "  " + MINE + " ", MINE_EN);
        OutcomeWordingService.Statement first =
                wording.statements(world.organisationA()).get(0);
        assertThat(first.text())
                .containsEntry(MemberLanguage.DUTCH, MINE)
                .containsEntry(MemberLanguage.ENGLISH, MINE_EN);
        assertThat(first.standard()).containsEntry(MemberLanguage.DUTCH, false);
        assertThat(wording.statements(world.organisationA()).get(1).text())
                .containsEntry(MemberLanguage.DUTCH, "Ik durf hulp te vragen bij instanties.");

        wording.reset(world.organisationA(), 0);
        assertThat(wording.statements(world.organisationA()).get(0).text())
                .containsEntry(MemberLanguage.DUTCH, "Ik heb grip op mijn geld.");
        assertThat(rows()).isZero();

        // The other organisation keeps the standard words.
        signInAs(world.coordinatorB());
        wording.word(world.organisationB(), 2, "Er zijn mensen die mij helpen.", "There are people who help me.");
        signInAs(world.coordinatorA());
        assertThat(wording.statements(world.organisationA()).get(2).standard())
                .containsOnly(Map.entry(MemberLanguage.DUTCH, true), Map.entry(MemberLanguage.ENGLISH, true));
    }

    @Test
    void badWordsAreRefusedWithAReasonAndNothingIsWritten() {
        signInAs(world.coordinatorA());
        String tooLong = "Ik heb grip op mijn geld, ook als er iets tegenzit en de rekeningen binnenkomen elke maand.";
        assertThat(tooLong.length()).isGreaterThan(OutcomeWordingService.MAX_LENGTH);
        refused(() -> wording.word(world.organisationA(), 0, tooLong, MINE_EN), "error.wording-too-long");
        refused(() -> wording.word(world.organisationA(), 0, "   ", MINE_EN), "error.wording-empty");
        refused(() -> wording.word(world.organisationA(), 0, MINE, ""), "error.wording-empty");
        refused(() -> wording.word(world.organisationA(), 0, "<b>Ik heb grip</b>", MINE_EN), "error.wording-not-plain");
        refused(() -> wording.word(world.organisationA(), 0, "Ik heb {0} grip", MINE_EN), "error.wording-not-plain");
        refused(
                () -> wording.word(world.organisationA(), 0, "Kijk op https://x.nl", MINE_EN),
                "error.wording-not-plain");
        refused(() -> wording.word(world.organisationA(), 0, "Ik heb\ngrip", MINE_EN), "error.wording-not-plain");
        refused(() -> wording.word(world.organisationA(), 0, MINE, "**bold**"), "error.wording-not-plain");
        assertThat(rows()).as("nothing written").isZero();
        assertThatThrownBy(() -> wording.word(world.organisationA(), 5, MINE, MINE_EN))
                .as("only the five slots")
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aForeignCoordinatorAFacilitatorAndAFunderCannotWordTheStatements() {
        for (String outsider : List.of(world.coordinatorB(), world.facilitatorA(), world.officerA(), world.funder())) {
            signInAs(outsider);
            assertThatThrownBy(() -> wording.word(world.organisationA(), 0, MINE, MINE_EN))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> wording.reset(world.organisationA(), 0))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
            assertThatThrownBy(() -> wording.statements(world.organisationA()))
                    .as(outsider)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        signInAs(world.funder());
        assertThatThrownBy(() -> wording.organisations()).isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(rows()).isZero();
        // An administrator may word any organisation's statements.
        signInAs(world.admin());
        wording.word(world.organisationA(), 3, "Ik zet ook thuis geld opzij.", "I also put money aside at home.");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aChangeReachesOnlyRoundsOpenedAfterItAndTheEndOfACycleAsksTheStartsWords() {
        signInAs(world.coordinatorA());
        wording.word(world.organisationA(), 0, MINE, MINE_EN);
        SavingsFixture f = new SavingsFixture(
                testWorld,
                world,
                savings,
                CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusDays(7))
                        .plannedEndOn(LocalDate.now(TestClock.AMSTERDAM).plusDays(7))
                        .build());
        long start = rounds.openOutcome(f.sessionId, 3);
        assertThat(rounds.round(start).phase()).isEqualTo(OutcomePhase.START);
        assertThat(rounds.round(start).statements().get(0))
                .containsEntry("nl", MINE)
                .containsEntry("en", MINE_EN);
        assertThat(rounds.round(start).statements().get(1)).isEmpty();

        // The organisation changes its words while the cycle runs.
        wording.word(world.organisationA(), 0, "Ik heb mijn geld goed op een rij.", "I have my money in order.");
        wording.word(world.organisationA(), 1, "Ik vraag hulp als het nodig is.", "I ask for help when I need it.");
        assertThat(rounds.round(start).statements().get(0))
                .as("a round that has started keeps its words")
                .containsEntry("nl", MINE);
        for (long member : f.members) {
            rounds.tap(start, member, new int[] {2, 1, 0, Tallies.SKIPPED, 2});
        }
        assertThat(rounds.result(start).tallies().count(0, 2)).isEqualTo(8);
        savings.sessions().closeSession(f.sessionId, "0");

        List<SessionLine> sessions =
                savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions();
        long last = sessions.get(sessions.size() - 1).id();
        for (long member : f.members) {
            savings.sessions().markAttendance(last, member, AttendanceStatus.PRESENT);
        }
        savings.sessions().openSession(last, f.roles());
        assertThat(rounds.outcomeDue(last)).contains(OutcomePhase.END);
        long end = rounds.openOutcome(last, 3);
        assertThat(rounds.round(end).statements())
                .as("the end of the cycle asks what its start asked, not the new words")
                .isEqualTo(rounds.round(start).statements());

        // A new cycle's start round asks the new words (here: another group of the organisation).
        assertThat(wording.statements(world.organisationA()).get(1).text())
                .containsEntry(MemberLanguage.DUTCH, "Ik vraag hulp als het nodig is.");
    }

    private long rows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outcome_wording WHERE organisation_id IN (?, ?)",
                Long.class,
                world.organisationA(),
                world.organisationB());
    }
}
