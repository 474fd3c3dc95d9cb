package nl.kringwerk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.Role;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds a fresh, uniquely named world per test: two organisations, each with a group and
 * a member, and one account per role. Tests share one database, so nothing here is global.
 */
@TestComponent
public class TestWorld {

    public static final String PASSWORD = "test-wachtwoord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final DemoAccounts accounts;
    private final Clock clock;

    TestWorld(
            OrganisationRepository organisations,
            GroupRepository groups,
            MemberRepository members,
            DemoAccounts accounts,
            Clock clock) {
        this.organisations = organisations;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Organisation A runs group A (facilitator A assigned, officer A is its chair); organisation B
     * runs group B. Usernames carry a unique suffix.
     */
    public World create() {
        String s = "-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
        Organisation orgA = organisations.save(new Organisation("Organisatie A" + s, clock.instant()));
        Organisation orgB = organisations.save(new Organisation("Organisatie B" + s, clock.instant()));
        Group groupA = group(orgA, "Kring A" + s);
        Group groupB = group(orgB, "Kring B" + s);
        Member memberA = member(groupA, "Samira");
        Member memberB = member(groupB, "Fatma");
        World w = new World(
                orgA.getId(),
                orgB.getId(),
                groupA.getId(),
                groupB.getId(),
                memberA.getId(),
                memberB.getId(),
                "admin" + s,
                "coordinatorA" + s,
                "coordinatorB" + s,
                "facilitatorA" + s,
                "facilitatorB" + s,
                "officerA" + s,
                "funder" + s);
        accounts.create(w.admin(), PASSWORD, "Beheer", Role.ADMIN, null);
        accounts.create(w.coordinatorA(), PASSWORD, "Marieke", Role.COORDINATOR, orgA.getId());
        accounts.create(w.coordinatorB(), PASSWORD, "Jan", Role.COORDINATOR, orgB.getId());
        long facA = accounts.create(w.facilitatorA(), PASSWORD, "Ruud", Role.FACILITATOR, orgA.getId());
        long facB = accounts.create(w.facilitatorB(), PASSWORD, "Esther", Role.FACILITATOR, orgB.getId());
        accounts.createOfficer(w.officerA(), PASSWORD, "Samira", orgA.getId(), memberA.getId(), groupA.getId());
        accounts.create(w.funder(), PASSWORD, "Gemeente", Role.FUNDER, null);
        accounts.assign(groupA.getId(), facA);
        accounts.assign(groupB.getId(), facB);
        return w;
    }

    /**
     * Group A as a savings circle of eight: Samira (member A) and seven more, all there since the
     * group started. Their ids come in the order of {@link Circle#NAMES}, Samira first.
     */
    public Circle circleOfEight(World world) {
        Group group = groups.findById(world.groupA()).orElseThrow();
        List<Long> ids = new ArrayList<>(List.of(world.memberA()));
        for (String name : Circle.NAMES.subList(1, Circle.NAMES.size())) {
            ids.add(member(group, name).getId());
        }
        return new Circle(ids);
    }

    /**
     * A listening group of organisation A with six members, led by facilitator A; meets every two
     * weeks on Wednesday. Returns the group id; {@link #membersOf} gives the members.
     */
    public long listeningGroup(World world) {
        Group group = groups.save(new Group(
                world.organisationA(),
                new GroupDetails(
                        "Luistergroep " + world.groupA(),
                        GroupType.LISTENING_GROUP,
                        "Amsterdam",
                        LocalDate.now(clock).minusMonths(3),
                        DayOfWeek.WEDNESDAY,
                        LocalTime.of(14, 0),
                        Frequency.EVERY_TWO_WEEKS,
                        "Kerkzaal"),
                clock.instant(),
                "test"));
        for (String name : List.of("Thea", "Mohamed", "Greet", "Kofi", "Lidia", "Bram")) {
            member(group, name);
        }
        accounts.assign(group.getId(), accounts.idOf(world.facilitatorA()));
        return group.getId();
    }

    private Group group(Organisation organisation, String name) {
        LocalDate start = LocalDate.now(clock).minusMonths(6);
        return groups.save(new Group(
                organisation.getId(),
                new GroupDetails(
                        name,
                        GroupType.SAVINGS_CIRCLE,
                        "Rotterdam",
                        start,
                        DayOfWeek.TUESDAY,
                        LocalTime.of(19, 30),
                        Frequency.WEEKLY,
                        "Buurthuis"),
                clock.instant(),
                "test"));
    }

    private Member member(Group group, String name) {
        return members.save(new Member(
                group.getId(), new MemberDetails(name, null, null, group.getStartedOn()), clock.instant(), "test"));
    }

    /** The ids of a circle's members in the order of their names; {@link #member} finds one by name. */
    public static final class Circle extends AbstractList<Long> {

        public static final List<String> NAMES =
                List.of("Samira", "Fatma", "Anja", "Gloria", "Yvonne", "Naima", "Els", "Priya");

        private final List<Long> ids;

        private Circle(List<Long> ids) {
            this.ids = List.copyOf(ids);
        }

        public long member(String name) {
            int index = NAMES.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(name + " is not one of " + NAMES);
            }
            return ids.get(index);
        }

        @Override
        public Long get(int index) {
            return ids.get(index);
        }

        @Override
        public int size() {
            return ids.size();
        }
    }

    public record World(
            long organisationA,
            long organisationB,
            long groupA,
            long groupB,
            long memberA,
            long memberB,
            String admin,
            String coordinatorA,
            String coordinatorB,
            String facilitatorA,
            String facilitatorB,
            String officerA,
            String funder) {}
}
