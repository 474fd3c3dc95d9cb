package nl.kringwerk.passbook.service;

import java.time.LocalDate;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;

/**
 * Two savings circles with money in them: group A (eight members, Samira saved 20,00 and Fatma 35,00
 * in the first session) and group B of another organisation (Wilma saved 77,77), so a test can see
 * that nothing of B reaches A's passbooks. Leaves coordinator A signed in.
 */
public final class PassbookWorld {

    public static final String B_MEMBER = "Wilma-uit-B";

    public final TestWorld.World world;
    public final SavingsFixture a;
    public final long samira;
    public final long fatma;

    public PassbookWorld(TestWorld testWorld, Savings savings, GroupService groups, SignInAs signIn) {
        world = testWorld.create();
        signIn.as(world.coordinatorB());
        long wilma = groups.addMember(world.groupB(), details(B_MEMBER));
        long xandra = groups.addMember(world.groupB(), details("Xandra-uit-B"));
        long yara = groups.addMember(world.groupB(), details("Yara-uit-B"));
        savings.cycles().startCycle(world.groupB(), SavingsFixture.rules());
        long sessionB = savings.cycles()
                .currentCycle(world.groupB())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        for (long m : new long[] {world.memberB(), wilma, xandra, yara}) {
            savings.sessions().markAttendance(sessionB, m, AttendanceStatus.PRESENT);
        }
        savings.sessions().openSession(sessionB, new SessionRoles(world.memberB(), wilma, xandra, yara));
        savings.bookings()
                .bookDeposit(sessionB, wilma, "77,77", savings.bookings().newIdempotencyKey());

        signIn.as(world.coordinatorA());
        a = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        samira = a.member("Samira");
        fatma = a.member("Fatma");
        savings.bookings()
                .bookDeposit(a.sessionId, samira, "20,00", savings.bookings().newIdempotencyKey());
        savings.bookings()
                .bookDeposit(a.sessionId, fatma, "35,00", savings.bookings().newIdempotencyKey());
    }

    private static MemberDetails details(String name) {
        return new MemberDetails(
                name, "06-12345678", null, LocalDate.now(TestClock.AMSTERDAM).minusMonths(6));
    }

    /** Signs an account in (the test's own way). */
    public interface SignInAs {
        void as(String username);
    }
}
