package nl.kringwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.service.InsightsService;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.InsightAccess;
import nl.kringwerk.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * National scale: fills the embedded MariaDB with 20,000 groups over 5 years in 300 municipalities
 * (about 10 million ledger lines), builds the summary, and prints in one run the time to compute the
 * full dashboard for one municipality and for the whole country from the summary tables, next to the
 * same dashboard computed by scanning the raw tables, with the ratio. Both ways must give the same
 * dashboard, and measures what the protection costs ({@link InsightsUtility}). Not part of the normal
 * test run: ./mvnw -Pbench verify -Dtest=InsightsBenchmark (-Dbench.raw=false leaves out the raw tables)
 * <p>
 * The data lives in {@code bench-data/} (kept between runs: a second run reuses it and only measures;
 * delete the folder to generate again). The app can be started on it to look at the national
 * dashboard: {@code KRINGWERK_DATA_DIR=bench-data ./mvnw spring-boot:run}, log in as the
 * {@code bench-admin-...} account the run prints, password {@code bench-wachtwoord}.
 */
@Tag("benchmark")
@TestPropertySource(
        properties = {
            "kringwerk.embedded-db.base-dir=bench-data/mariadb-base",
            "kringwerk.embedded-db.data-dir=bench-data/mariadb-data",
            "kringwerk.embedded-db.fresh=false"
        })
class InsightsBenchmark extends ServiceTest {

    private static final int GROUPS = Integer.getInteger("bench.groups", 20_000);
    private static final int MUNICIPALITIES = 300;
    /** Also compute the dashboards from the raw tables and compare (minutes); -Dbench.raw=false skips it. */
    private static final boolean RAW = !"false".equals(System.getProperty("bench.raw"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryStore summaries;

    @Autowired
    InsightsService insights;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    InsightAccess insightAccess;

    @Autowired
    Clock clock;

    @Test
    void dashboardFromSummaryTablesAgainstRawTables() {
        LocalDate today = LocalDate.now(clock);
        List<String> municipalities = IntStream.rangeClosed(1, MUNICIPALITIES)
                .mapToObj(i -> String.format("Gemeente %03d", i))
                .toList();
        List<String> organisations = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> String.format("Stichting %02d", i))
                .toList();
        long t0 = System.nanoTime();
        Long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM kring WHERE municipality LIKE 'Gemeente %'", Long.class);
        GeneratedGroups.Result made = existing >= GROUPS
                ? null
                : new GeneratedGroups(jdbc)
                        .generate(new GeneratedGroups.Scale(GROUPS, municipalities, organisations, 5, 2026), today);
        long t1 = System.nanoTime();
        if (made != null) {
            summaries.rebuildAll();
        }
        long t2 = System.nanoTime();
        Long ledger = jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry", Long.class);
        Long summaryRows = jdbc.queryForObject("SELECT COUNT(*) FROM insight_area_period", Long.class);
        String biggest = jdbc.queryForObject(
                "SELECT municipality FROM kring GROUP BY municipality" + " ORDER BY COUNT(*) DESC LIMIT 1",
                String.class);
        Long biggestGroups =
                jdbc.queryForObject("SELECT COUNT(*) FROM kring WHERE municipality = ?", Long.class, biggest);

        String suffix = String.valueOf(System.nanoTime() % 100000);
        accounts.create("bench-admin-" + suffix, "bench-wachtwoord", "Beheer", Role.ADMIN, null);
        long funder = accounts.create("bench-gemeente-" + suffix, "bench-wachtwoord", "Gemeente", Role.FUNDER, null);
        accounts.addFunderScope(funder, biggest, null);

        int year = today.getYear();
        signInAs("bench-gemeente-" + suffix);
        Timing municipalSummary = time(() -> insights.dashboard(year, null, null), 20);
        Timing municipalRaw = RAW ? time(() -> insights.dashboardFromRawTables(year, null, null), 3) : null;
        long municipalGroups = biggestGroups;
        if (RAW) {
            assertThat(municipalRaw.result).isEqualTo(municipalSummary.result);
        }
        signInAs("bench-admin-" + suffix);
        Timing countrySummary = time(() -> insights.dashboard(year, null, null), 20);
        Timing countryRaw = RAW ? once(() -> insights.dashboardFromRawTables(year, null, null)) : null;
        if (RAW) {
            assertThat(countryRaw.result).isEqualTo(countrySummary.result);
        }
        // The utility cost over the last whole year, every filter the country's page offers.
        InsightsUtility utility = new InsightsUtility(jdbc);
        long t3 = System.nanoTime();
        List<String> places = insights.options().municipalities();
        var deviations = utility.measure(year - 1, places, (q, m) -> insights.dashboard(year - 1, q, m));
        var survival = utility.survival(year - 1, places, (q, m) -> insights.dashboard(year - 1, q, m));
        long t4 = System.nanoTime();

        System.out.printf("%n=== Insights benchmark (one run, %s) ===%n", today);
        Long groupCount = jdbc.queryForObject("SELECT COUNT(*) FROM kring", Long.class);
        if (made != null) {
            System.out.printf(
                    "generated: %,d groups, %,d members, %,d sessions, %,d attendance marks, %,d ledger"
                            + " lines, %,d loans in %.0f s%n",
                    made.groups(),
                    made.members(),
                    made.sessions(),
                    made.attendance(),
                    made.journalLines(),
                    made.loans(),
                    (t1 - t0) / 1e9);
            System.out.printf("summary built from the raw tables in %.0f s%n", (t2 - t1) / 1e9);
        } else {
            System.out.println("reused the generated data in bench-data/");
        }
        System.out.printf(
                "database: %,d groups, %,d ledger lines; summary: %,d area rows%n", groupCount, ledger, summaryRows);
        System.out.printf("accounts: bench-admin-%s / bench-gemeente-%s (password bench-wachtwoord)%n", suffix, suffix);
        System.out.printf("(a) one municipality (%s, %,d groups):%n", biggest, municipalGroups);
        System.out.printf("    summary tables: median %8.1f ms  (n=%d)%n", municipalSummary.median, municipalSummary.n);
        if (RAW) {
            System.out.printf(
                    "    raw tables    : median %8.1f ms  (n=%d)   ratio raw/summary %.0fx%n",
                    municipalRaw.median, municipalRaw.n, municipalRaw.median / municipalSummary.median);
        }
        System.out.printf("(b) whole country (%,d groups):%n", groupCount);
        System.out.printf("    summary tables: median %8.1f ms  (n=%d)%n", countrySummary.median, countrySummary.n);
        if (RAW) {
            System.out.printf(
                    "    raw tables    : median %8.1f ms  (n=%d)   ratio raw/summary %.0fx%n",
                    countryRaw.median, countryRaw.n, countryRaw.median / countrySummary.median);
        }
        System.out.printf(
                "target: whole-country dashboard under 150 ms -> %s%n",
                countrySummary.median < 150 ? "met" : "NOT met");
        InsightsUtility.print(year - 1, deviations, survival);
        System.out.printf("    (%,d dashboards in %.0f s)%n%n", (places.size() + 1) * 6, (t4 - t3) / 1e9);
    }

    private record Timing(double median, int n, Dashboard result) {}

    /** A single timed run, for the slow raw-table country dashboard. */
    private static Timing once(Supplier<Dashboard> dashboard) {
        long start = System.nanoTime();
        Dashboard result = dashboard.get();
        return new Timing((System.nanoTime() - start) / 1e6, 1, result);
    }

    private static Timing time(Supplier<Dashboard> dashboard, int runs) {
        Dashboard result = dashboard.get(); // warm-up
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = dashboard.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return new Timing(ms.get(ms.size() / 2), runs, result);
    }
}
