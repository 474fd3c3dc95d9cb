package nl.kringwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.service.AgreementService;
import nl.kringwerk.sessions.service.ListeningLine;
import nl.kringwerk.sessions.service.ListeningPlanService;
import nl.kringwerk.sessions.service.ListeningRunService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoListeningTest extends ServiceTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    ListeningPlanService plans;

    @Autowired
    ListeningRunService runner;

    @Autowired
    ListeningSessionRepository sessions;

    @Autowired
    Clock clock;

    @Test
    void aListeningGroupWithItsAgreementsPastSessionsAndTheNextOnePlanned() {
        TestWorld.World world = testWorld.create();
        long group = testWorld.listeningGroup(world);
        signInAs(world.facilitatorA());
        LocalDate today = LocalDate.now(clock);

        new DemoListening(agreements, plans, runner, sessions, clock)
                .play(
                        group,
                        List.of(today.minusWeeks(4), today.minusWeeks(2)),
                        "Telefoons gaan op stil.",
                        DemoSavings.BeforeOpen.NONE);

        assertThat(agreements.agreements(group)).hasSize(6);
        List<ListeningLine> lines = plans.sessions(group);
        assertThat(lines)
                .extracting(ListeningLine::status)
                .containsExactly(ListeningStatus.PLANNED, ListeningStatus.DONE, ListeningStatus.DONE);
        assertThat(lines.get(1).reflection()).isNotNull();
        assertThat(lines.get(1).present()).isBetween(4, 6);
        assertThat(runner.run(lines.get(1).id()).steps())
                .filteredOn(s -> s.skipped())
                .hasSize(1);
    }
}
