package nl.kringwerk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.DatabaseAccount;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SessionLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Runs a year of weekly 12-member sessions against the embedded MariaDB and prints the server-side
 * time per confirmed deposit next to a plain single-row insert measured in the same run.
 * Not part of the normal test run: ./mvnw -Pbench verify
 */
@Tag("benchmark")
class DepositBenchmark extends ServiceTest {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 52);
    private static final int MEMBERS = 12;

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb db;

    @Test
    void depositsPerSessionAgainstPlainInserts() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        List<Long> members = new ArrayList<>(List.of(world.memberA()));
        for (int i = 1; i < MEMBERS; i++) {
            members.add(groups.addMember(
                    world.groupA(), new MemberDetails("Lid " + i, null, null, LocalDate.now(TestClock.AMSTERDAM))));
        }
        LocalDate start = LocalDate.now(TestClock.AMSTERDAM);
        savings.cycles()
                .startCycle(
                        world.groupA(),
                        CycleRules.builder(start)
                                .plannedEndOn(start.plusWeeks(SESSIONS + 1))
                                .build());
        List<SessionLine> sessions =
                savings.cycles().currentCycle(world.groupA()).orElseThrow().sessions();

        List<Long> deposits = new ArrayList<>();
        List<Long> firstTen = new ArrayList<>();
        List<Long> lastTen = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            long sessionId = sessions.get(s).id();
            for (long m : members) {
                savings.sessions().markAttendance(sessionId, m, AttendanceStatus.PRESENT);
            }
            savings.sessions()
                    .openSession(
                            sessionId,
                            new SessionRoles(
                                    members.get(s % MEMBERS),
                                    members.get((s + 1) % MEMBERS),
                                    members.get((s + 2) % MEMBERS),
                                    members.get((s + 3) % MEMBERS)));
            for (int i = 0; i < MEMBERS; i++) {
                String key = savings.bookings().newIdempotencyKey();
                String amount = String.valueOf(5 + (i * 7 + s) % 20);
                long t0 = System.nanoTime();
                savings.bookings().bookDeposit(sessionId, members.get(i), amount, key);
                long took = System.nanoTime() - t0;
                if (s > 0) { // the first session warms up the JVM and the connection pool
                    deposits.add(took);
                    (s <= 10 ? firstTen : lastTen).add(took);
                }
            }
            MeetingState state = savings.records().meeting(sessionId);
            savings.sessions().closeSession(sessionId, state.expectedBox().toInputText());
        }

        // The application's account may not create tables: the migration account makes the scratch table.
        DatabaseAccount owner = db.migrationAccount();
        JdbcTemplate schema =
                new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), owner.user(), owner.password()));
        schema.execute("create table if not exists bench_plain_insert (id bigint auto_increment primary key, "
                + "amount_cents bigint not null, note varchar(36) not null) engine=InnoDB");
        List<Long> inserts = new ArrayList<>();
        for (int i = 0; i < deposits.size() + MEMBERS; i++) {
            long t0 = System.nanoTime();
            jdbc.update("insert into bench_plain_insert (amount_cents, note) values (?, ?)", i, "x");
            long took = System.nanoTime() - t0;
            if (i >= MEMBERS) {
                inserts.add(took);
            }
        }
        schema.execute("drop table bench_plain_insert");

        double depositMedian = percentile(deposits, 50);
        double depositP95 = percentile(deposits, 95);
        double insertMedian = percentile(inserts, 50);
        double insertP95 = percentile(inserts, 95);
        System.out.printf(
                "%n=== Kringwerk deposit benchmark (%d sessions x %d members, embedded MariaDB) ===%n",
                SESSIONS, MEMBERS);
        System.out.printf(
                "confirmed deposit  : median %7.2f ms   p95 %7.2f ms   (n=%d)%n",
                depositMedian, depositP95, deposits.size());
        System.out.printf(
                "plain row insert   : median %7.2f ms   p95 %7.2f ms   (n=%d)%n",
                insertMedian, insertP95, inserts.size());
        System.out.printf(
                "ratio deposit/insert: median %.1fx   p95 %.1fx%n",
                depositMedian / insertMedian, depositP95 / insertP95);
        System.out.printf(
                "deposit median in sessions 2-11: %.2f ms; in sessions 12-%d: %.2f ms (the journal replay grows with the cycle)%n%n",
                percentile(firstTen, 50), SESSIONS, percentile(lastTen, 50));
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
