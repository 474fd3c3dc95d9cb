package nl.kringwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.kringwerk.KringwerkTest;
import nl.kringwerk.SignIn;
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
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * National scale: fills the embedded MariaDB with 20,000 groups over 5 years in 300 municipalities
 * (about 10 million ledger lines), builds the summary, and prints in one run the time to compute the
 * full dashboard for one municipality and for the whole country from the summary tables, next to the
 * same dashboard computed by scanning the raw tables, with the ratio. Both ways must give the same
 * dashboard. Not part of the normal test run: ./mvnw -Pbench verify -Dtest=InsightsBenchmark
 */
@Tag("benchmark")
@KringwerkTest
class InsightsBenchmark {

    private static final int GROUPS = Integer.getInteger("bench.groups", 20_000);
    private static final int MUNICIPALITIES = 300;

    @Autowired JdbcTemplate jdbc;
    @Autowired SummaryStore summaries;
    @Autowired InsightsService insights;
    @Autowired DemoAccounts accounts;
    @Autowired InsightAccess insightAccess;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @Test
    void dashboardFromSummaryTablesAgainstRawTables() {
        LocalDate today = LocalDate.now(clock);
        List<String> municipalities = IntStream.rangeClosed(1, MUNICIPALITIES)
                .mapToObj(i -> String.format("Gemeente %03d", i)).toList();
        List<String> organisations = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("Stichting %02d", i))
                .toList();
        long t0 = System.nanoTime();
        GeneratedGroups.Result made = new GeneratedGroups(jdbc).generate(
                new GeneratedGroups.Scale(GROUPS, municipalities, organisations, 5, 2026), today);
        long t1 = System.nanoTime();
        summaries.rebuildAll();
        long t2 = System.nanoTime();
        Long ledger = jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry", Long.class);
        Long summaryRows = jdbc.queryForObject("SELECT COUNT(*) FROM insight_area_period", Long.class);
        String biggest = jdbc.queryForObject("SELECT municipality FROM kring GROUP BY municipality"
                + " ORDER BY COUNT(*) DESC LIMIT 1", String.class);
        Long biggestGroups = jdbc.queryForObject("SELECT COUNT(*) FROM kring WHERE municipality = ?", Long.class,
                biggest);

        String suffix = String.valueOf(System.nanoTime() % 100000);
        accounts.create("bench-admin-" + suffix, "bench-wachtwoord", "Beheer", Role.ADMIN, null);
        long funder = accounts.create("bench-gemeente-" + suffix, "bench-wachtwoord", "Gemeente", Role.FUNDER, null);
        insightAccess.addFunderScope(funder, biggest, null);

        int year = today.getYear();
        SignIn.as(users, "bench-gemeente-" + suffix);
        Timing municipalSummary = time(() -> insights.dashboard(year, null, null), 20);
        Timing municipalRaw = time(() -> insights.dashboardFromRawTables(year, null, null), 3);
        assertThat(municipalRaw.result).isEqualTo(municipalSummary.result);
        SignIn.as(users, "bench-admin-" + suffix);
        Timing countrySummary = time(() -> insights.dashboard(year, null, null), 20);
        Timing countryRaw = time(() -> insights.dashboardFromRawTables(year, null, null), 2);
        assertThat(countryRaw.result).isEqualTo(countrySummary.result);
        SignIn.out();

        System.out.printf("%n=== Insights benchmark (one run, %s) ===%n", today);
        System.out.printf("generated: %,d groups, %,d members, %,d sessions, %,d attendance marks, %,d ledger lines"
                + " (%,d in the journal), %,d loans in %.0f s%n", made.groups(), made.members(), made.sessions(),
                made.attendance(), made.journalLines(), ledger, made.loans(), (t1 - t0) / 1e9);
        System.out.printf("summary built from the raw tables in %.0f s: %,d area rows%n", (t2 - t1) / 1e9, summaryRows);
        System.out.printf("(a) one municipality (%s, %,d groups):%n", biggest, biggestGroups);
        System.out.printf("    summary tables: median %8.1f ms  (n=%d)%n", municipalSummary.median, municipalSummary.n);
        System.out.printf("    raw tables    : median %8.1f ms  (n=%d)   ratio raw/summary %.0fx%n",
                municipalRaw.median, municipalRaw.n, municipalRaw.median / municipalSummary.median);
        System.out.printf("(b) whole country (%,d groups):%n", made.groups());
        System.out.printf("    summary tables: median %8.1f ms  (n=%d)%n", countrySummary.median, countrySummary.n);
        System.out.printf("    raw tables    : median %8.1f ms  (n=%d)   ratio raw/summary %.0fx%n",
                countryRaw.median, countryRaw.n, countryRaw.median / countrySummary.median);
        System.out.printf("target: whole-country dashboard under 150 ms -> %s%n%n",
                countrySummary.median < 150 ? "met" : "NOT met");
    }

    private record Timing(double median, int n, Dashboard result) {
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
