package nl.kringwerk.load;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.domain.Group;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.Organisation;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.Role;

/**
 * N savings circles ready for a live meeting, ten per organisation, spread over twenty municipalities
 * (the funders' summary has a row per municipality and organisation): eight members each, an open cycle whose first session is
 * today and still planned, a bookkeeper (an officer account of the first member) for the tablet and a
 * facilitator assigned to the group for the group's screen. The cycle is started through
 * {@code CycleService}, as the coordinator, so the sessions are what the app itself plans.
 */
public final class LiveMeetingSeed {

    public static final String PASSWORD = "live-wachtwoord-2026";
    /** As at national scale: groups of several organisations in several municipalities. */
    private static final int GROUPS_PER_ORGANISATION = 10;

    private static final int MUNICIPALITIES = 20;

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final DemoAccounts accounts;
    private final Savings savings;
    private final Clock clock;

    public LiveMeetingSeed(
            OrganisationRepository organisations,
            GroupRepository groups,
            MemberRepository members,
            DemoAccounts accounts,
            Savings savings,
            Clock clock) {
        this.organisations = organisations;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.savings = savings;
        this.clock = clock;
    }

    /** @param label unique per call (usernames and names carry it) */
    List<LiveMeeting.Seeded> seed(int count, String label) {
        LocalDate today = LocalDate.now(clock);
        List<LiveMeeting.Seeded> seeded = new ArrayList<>();
        Organisation organisation = null;
        String coordinator = null;
        for (int i = 0; i < count; i++) {
            if (i % GROUPS_PER_ORGANISATION == 0) {
                int number = i / GROUPS_PER_ORGANISATION;
                organisation = organisations.save(new Organisation("Live " + label + " " + number, clock.instant()));
                coordinator = "live-coord-" + label + "-" + number;
                accounts.create(coordinator, PASSWORD, "Coördinator", Role.COORDINATOR, organisation.getId());
            }
            Organisation own = organisation;
            String runs = coordinator;
            Group group = groups.save(new Group(
                    own.getId(),
                    new GroupDetails(
                            "Kring " + label + "-" + i,
                            GroupType.SAVINGS_CIRCLE,
                            "Gemeente " + (i % MUNICIPALITIES),
                            today.minusMonths(6),
                            today.getDayOfWeek(),
                            LocalTime.of(19, 30),
                            Frequency.WEEKLY,
                            "Buurthuis"),
                    clock.instant(),
                    "live"));
            List<Long> circle = new ArrayList<>();
            for (String name : TestWorld.Circle.NAMES) {
                circle.add(members.save(new Member(
                                group.getId(),
                                new MemberDetails(name, null, null, group.getStartedOn()),
                                clock.instant(),
                                "live"))
                        .getId());
            }
            String bookkeeper = "live-bk-" + label + "-" + i;
            String screen = "live-tv-" + label + "-" + i;
            accounts.createOfficer(bookkeeper, PASSWORD, "Samira", own.getId(), circle.get(0), group.getId());
            long facilitator = accounts.create(screen, PASSWORD, "Scherm " + i, Role.FACILITATOR, own.getId());
            accounts.assign(group.getId(), facilitator);
            long[] session = new long[1];
            accounts.runAs(runs, () -> {
                savings.cycles().startCycle(group.getId(), CycleRules.defaults(today, Frequency.WEEKLY));
                session[0] = savings.cycles()
                        .currentCycle(group.getId())
                        .orElseThrow()
                        .sessions()
                        .get(0)
                        .id();
            });
            seeded.add(new LiveMeeting.Seeded(session[0], bookkeeper, screen, PASSWORD));
        }
        return seeded;
    }
}
