package nl.kringwerk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.DatabaseAccount;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import nl.kringwerk.insights.service.SummaryOutbox;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22: rows the database reads (Handler_read_*) for one confirmed deposit and for the summary
 * refresh it causes, right after the demo's bulk load (as DemoData: one transaction) and again after
 * ANALYZE TABLE. Not part of the normal test run: ./mvnw -Pbench verify -Dtest=DemoStatisticsBenchmark
 */
@Tag("benchmark")
class DemoStatisticsBenchmark extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    Savings savings;

    @Autowired
    SummaryStore store;

    @Autowired
    SummaryOutbox outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rowsReadPerBookingAfterTheDemoLoadAndAfterAnalyze() {
        LocalDate today = LocalDate.now(TestClock.AMSTERDAM);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            new GeneratedGroups(jdbc)
                    .generate(
                            new GeneratedGroups.Scale(
                                    90,
                                    List.of(
                                            "Rotterdam",
                                            "Schiedam",
                                            "Vlaardingen",
                                            "Dordrecht",
                                            "Capelle aan den IJssel"),
                                    List.of("Stichting Buurtkracht", "Fonds Samen Verder"),
                                    4,
                                    7),
                            today);
            store.rebuildAll();
        });
        DatabaseAccount owner = db.migrationAccount();
        JdbcTemplate schema =
                new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), owner.user(), owner.password()));
        System.out.println("\n=== statistics right after the load ===");
        stats(schema);
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        outbox.applyPending();
        outbox.pause(true);
        try {
            measure("first run after the demo load", circle, List.of("Samira", "Fatma", "Anja"));
            List<String> tables = schema.queryForList(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                            + " AND table_type = 'BASE TABLE'",
                    String.class);
            long t0 = System.nanoTime();
            schema.queryForList("ANALYZE TABLE " + String.join(", ", tables));
            System.out.printf(
                    "ANALYZE TABLE of %d tables: %d ms%n", tables.size(), (System.nanoTime() - t0) / 1_000_000);
            System.out.println("=== statistics after ANALYZE TABLE ===");
            stats(schema);
            measure("after ANALYZE TABLE", circle, List.of("Gloria", "Priya", "Els"));
        } finally {
            outbox.pause(false);
        }
    }

    private void stats(JdbcTemplate schema) {
        for (Map<String, Object> row : schema.queryForList(
                "SELECT table_name, table_rows n_rows FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name IN ('journal_entry', 'attendance', 'savings_session', 'member', 'kring',"
                        + " 'loan', 'savings_cycle', 'insight_group_period', 'insight_group') ORDER BY table_name")) {
            Long real = jdbc.queryForObject("SELECT COUNT(*) FROM " + row.get("table_name"), Long.class);
            System.out.printf(
                    "  %-22s stats n_rows %8s   real rows %8d%n", row.get("table_name"), row.get("n_rows"), real);
        }
    }

    private void measure(String when, SavingsFixture circle, List<String> names) {
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            long[] before = handlers();
            savings.bookings()
                    .bookDeposit(
                            circle.sessionId,
                            circle.member(name),
                            "5",
                            savings.bookings().newIdempotencyKey());
            long[] booked = handlers();
            outbox.applyPending();
            long[] applied = handlers();
            lines.add(String.format(
                    "  booking: rnd_next %7d, read_next %7d, read_key %6d | summary refresh: rnd_next %7d, read_next %7d, read_key %6d",
                    booked[0] - before[0],
                    booked[1] - before[1],
                    booked[2] - before[2],
                    applied[0] - booked[0],
                    applied[1] - booked[1],
                    applied[2] - booked[2]));
        }
        System.out.println("=== rows read per confirmed deposit, " + when + " ===");
        lines.forEach(System.out::println);
    }

    /** Handler_read_rnd_next (rows of full scans), Handler_read_next (index range rows), Handler_read_key. */
    private long[] handlers() {
        Map<String, Long> values = new HashMap<>();
        jdbc.query(
                "SHOW GLOBAL STATUS LIKE 'Handler_read%'",
                rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return new long[] {
            values.get("Handler_read_rnd_next"), values.get("Handler_read_next"), values.get("Handler_read_key")
        };
    }
}
