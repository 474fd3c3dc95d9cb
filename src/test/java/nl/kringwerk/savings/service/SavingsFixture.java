package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;

/** A savings circle with eight members and an open cycle, signed in as its coordinator. */
public final class SavingsFixture {

    public final TestWorld.World world;
    public final List<Long> members = new ArrayList<>();
    public final long cycleId;
    public final long sessionId;

    private final TestWorld.Circle circle;

    /** Opens the first session with all members present: Samira chairs, Fatma writes, Anja and Gloria count. */
    public SavingsFixture(TestWorld testWorld, TestWorld.World world, Savings savings, CycleRules rules) {
        this.world = world;
        circle = testWorld.circleOfEight(world);
        members.addAll(circle);
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

    /** The usual rules of a weekly cycle that started yesterday. */
    public static CycleRules rules() {
        return usualRules().build();
    }

    /** The usual rules of a weekly cycle that started yesterday, for a test to change the one it is about. */
    public static CycleRules.Builder usualRules() {
        return CycleRules.builder(LocalDate.now(TestClock.AMSTERDAM).minusDays(1));
    }

    /** Today's tasks: Samira chairs, Fatma writes, Anja and Gloria count. */
    public SessionRoles roles() {
        return roles("Samira", "Fatma", "Anja", "Gloria");
    }

    public SessionRoles roles(String chair, String bookkeeper, String counter1, String counter2) {
        return new SessionRoles(member(chair), member(bookkeeper), member(counter1), member(counter2));
    }

    /** The id of the member of this name (one of {@link TestWorld.Circle#NAMES}). */
    public long member(String name) {
        return circle.member(name);
    }
}
