package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;

/** A savings circle with eight members and an open cycle, signed in as its coordinator. */
public final class SavingsFixture {

    public final TestWorld.World world;
    public final List<Long> members = new ArrayList<>();
    public final long cycleId;
    public final long sessionId;

    /** Opens the first session with all members present; members 0-3 are chair, bookkeeper, counters. */
    public SavingsFixture(TestWorld testWorld, TestWorld.World world, Savings savings, CycleRules rules) {
        this.world = world;
        members.addAll(testWorld.circleOfEight(world));
        cycleId = savings.cycles().startCycle(world.groupA(), rules);
        sessionId = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        for (long member : members) {
            savings.sessions().markAttendance(sessionId, member, AttendanceStatus.PRESENT);
        }
        savings.sessions().openSession(sessionId, roles());
    }

    public static CycleRules rules() {
        return CycleRules.defaults(LocalDate.now().minusDays(1), Frequency.WEEKLY);
    }

    public SessionRoles roles() {
        return new SessionRoles(members.get(0), members.get(1), members.get(2), members.get(3));
    }

    public long member(int i) {
        return members.get(i);
    }
}
