package nl.kringwerk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import nl.kringwerk.KringwerkServerTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load test's driver in the normal suite, small: two meetings at once against the test server,
 * over Vaadin's real protocol (HTTP and websocket push), twenty times faster than a real table. Every
 * turn is booked and every confirmed amount reaches the group's screen, with no error, so the driver
 * keeps speaking the protocol the app speaks. The full run is {@code LiveMeetingsLoad} (-Pload).
 */
@KringwerkServerTest
class LiveMeetingsTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    GroupRepository groups;

    @Autowired
    MemberRepository members;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Savings savings;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService users;

    @Test
    void twoMeetingsAtOnceBookEveryTurnAndTheGroupScreensShowEachConfirmedAmount() throws Exception {
        List<LiveMeeting.Seeded> meetings = new LiveMeetingSeed(
                        organisations, groups, members, accounts, savings, clock)
                .seed(2, "suite-" + System.nanoTime() % 100000);

        Figures figures = LiveMeetingsRun.play(
                URI.create("http://localhost:" + port + "/"), meetings, 0.02, 1, new LiveMeetingsRun.Probe() {});

        assertThat(figures.errors()).isEmpty();
        assertThat(figures.closedMeetings()).isEqualTo(2);
        // Eight members each: sixteen turns confirmed, each amount seen in its group screen's total.
        assertThat(figures.confirms()).isEqualTo(16);
        assertThat(figures.amountsOnScreen()).hasSize(16).allMatch(cents -> cents > 0);
        assertThat(figures.keys()).isGreaterThanOrEqualTo(16);
        // What the screens showed is what the journal holds, and both sessions are closed.
        long booked = 0;
        for (LiveMeeting.Seeded meeting : meetings) {
            SignIn.as(users, meeting.bookkeeper());
            try {
                MeetingState state = savings.records().meeting(meeting.sessionId());
                assertThat(state.status()).isEqualTo(SessionStatus.CLOSED);
                booked += state.savedToday().cents();
            } finally {
                SignIn.out();
            }
        }
        assertThat(figures.amountsOnScreen().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(booked);
    }
}
