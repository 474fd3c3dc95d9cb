package nl.kringwerk.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.sun.management.OperatingSystemMXBean;
import com.vaadin.flow.component.button.Button;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22: server CPU of one "Ja, gezien" on the meeting screen (the click, the booking, the screen's
 * update, and the insights summary it causes), measured with ThreadMXBean on the clicking thread and
 * as the JVM's and the database's whole CPU over the run. Not part of the normal test run:
 * ./mvnw -Pbench verify -Dtest=ConfirmCpuBenchmark
 */
@Tag("benchmark")
class ConfirmCpuBenchmark extends KaribuTest {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 7);

    @Autowired
    Savings savings;

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cpuPerConfirmedDeposit() throws Exception {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        List<Long> sessions = savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions().stream()
                .map(s -> s.id())
                .toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> clickCpu = new ArrayList<>();
        List<Long> clickWall = new ArrayList<>();
        long jvmCpu = 0;
        long clickDb = 0;
        long summaryCpu = 0;
        long summaryDb = 0;
        long dbCpu = 0;
        int measured = 0;
        long session = circle.sessionId;
        for (int s = 0; s < SESSIONS; s++) {
            if (s > 0) {
                session = sessions.get(s);
                for (long m : circle.members) {
                    savings.sessions().markAttendance(session, m, AttendanceStatus.PRESENT);
                }
                savings.sessions().openSession(session, circle.roles());
            }
            navigate("bijeenkomst/" + session);
            long jvm0 = os.getProcessCpuTime();
            long db0 = dbCpuNanos();
            for (long member : circle.members) {
                if (member == circle.member("Anja")) {
                    continue; // the counter herself: the other counter counts; keep it simple
                }
                click("count-" + member);
                keypad(String.valueOf(5 + (member % 7)));
                click("show-amount");
                MockVaadin.runUIQueue();
                Button yes = get(Button.class, "confirm-seen"); // found before, so the search is not counted
                long db1 = dbCpuNanos();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                _click(yes);
                MockVaadin.runUIQueue();
                if (s > 0) {
                    clickCpu.add(threads.getCurrentThreadCpuTime() - cpu0);
                    clickWall.add(System.nanoTime() - wall0);
                    clickDb += dbCpuNanos() - db1;
                }
            }
            // Whatever the booking left for later (the insights summary) is part of its cost too.
            long summary0 = threads.getCurrentThreadCpuTime();
            long summaryDb0 = dbCpuNanos();
            applyPendingSummary();
            if (s > 0) {
                summaryCpu += threads.getCurrentThreadCpuTime() - summary0;
                summaryDb += dbCpuNanos() - summaryDb0;
                jvmCpu += os.getProcessCpuTime() - jvm0;
                dbCpu += dbCpuNanos() - db0;
                measured += circle.members.size() - 1;
            }
            MeetingState state = savings.records().meeting(session);
            savings.sessions().closeSession(session, state.expectedBox().toInputText());
        }
        System.out.printf("%n=== CPU per confirmed deposit on the meeting screen (%d confirms) ===%n", measured);
        System.out.printf(
                "clicking thread CPU : median %6.2f ms   p95 %6.2f ms%n", pct(clickCpu, 50), pct(clickCpu, 95));
        System.out.printf(
                "click wall time     : median %6.2f ms   p95 %6.2f ms%n", pct(clickWall, 50), pct(clickWall, 95));
        System.out.printf("database CPU of the click: %6.2f ms per confirm%n", clickDb / 1e6 / measured);
        System.out.printf(
                "summary (applied after the commit since issue 22): JVM %6.2f ms, database %6.2f ms per confirm%n",
                summaryCpu / 1e6 / measured, summaryDb / 1e6 / measured);
        System.out.printf(
                "whole turn (count, keypad, show, confirm, summary): JVM %6.2f ms, database %6.2f ms per confirm%n",
                jvmCpu / 1e6 / measured, dbCpu / 1e6 / measured);

        // The booking service alone (no screen), in one more session: thread CPU per bookDeposit.
        long last = sessions.get(SESSIONS);
        for (long m : circle.members) {
            savings.sessions().markAttendance(last, m, AttendanceStatus.PRESENT);
        }
        savings.sessions().openSession(last, circle.roles());
        List<Long> serviceCpu = new ArrayList<>();
        for (long member : circle.members) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            savings.bookings().bookDeposit(last, member, "5", savings.bookings().newIdempotencyKey());
            serviceCpu.add(threads.getCurrentThreadCpuTime() - cpu0);
        }
        System.out.printf(
                "bookDeposit alone, calling thread CPU: median %6.2f ms (n=%d)%n%n",
                pct(serviceCpu, 50), serviceCpu.size());
    }

    /** On main before issue 22 the summary was refreshed inside the booking; after it, through the outbox. */
    private void applyPendingSummary() throws Exception {
        try {
            Object outbox = context.getBean(Class.forName("nl.kringwerk.insights.service.SummaryOutbox"));
            outbox.getClass().getMethod("applyPending").invoke(outbox);
        } catch (ClassNotFoundException before22) {
            // nothing pending
        }
    }

    private long dbCpuNanos() {
        return db.process()
                .flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos())
                .orElse(0L);
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
