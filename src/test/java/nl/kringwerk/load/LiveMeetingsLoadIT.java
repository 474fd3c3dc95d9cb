package nl.kringwerk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.security.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load test of live meetings ({@code ./mvnw -Pproduction,load verify}, README "Load test"): for each
 * N of {@code -Dload.meetings} (default 10,50,100,200) it seeds N savings circles ready to meet, starts
 * the production jar on them, plays N meetings at once through {@link LiveMeetingsRun} (a bookkeeper's
 * tablet and a group screen each, over HTTP and websocket push; a turn every 20 s, times
 * {@code -Dload.pace}), stops the jar and prints one line of figures. The seed runs in this JVM, through
 * the services, on an embedded MariaDB in {@code target/load-db} that the jar then uses as its server.
 */
@SpringBootTest(
        properties = {
            "kringwerk.embedded-db.base-dir=target/load-db/base",
            "kringwerk.embedded-db.data-dir=target/load-db/data",
            "kringwerk.embedded-db.fresh=true"
        })
@ActiveProfiles("test")
class LiveMeetingsLoadIT {

    private static final Path JAR = Path.of(System.getProperty("kringwerk.jar", "target/kringwerk.jar"));

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    GroupRepository groups;

    @Autowired
    MemberRepository members;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    Savings savings;

    @Autowired
    Clock clock;

    private static String stamp() {
        return Long.toString(System.nanoTime() % 100000);
    }

    @Test
    void liveMeetings() throws Exception {
        int[] sizes = Arrays.stream(
                        System.getProperty("load.meetings", "10,50,100,200").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        double pace = Double.parseDouble(System.getProperty("load.pace", "1.0"));
        List<String> jvm = Arrays.stream(
                        System.getProperty("load.jvm", "").trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
        LiveMeetingSeed seed = new LiveMeetingSeed(organisations, groups, members, accounts, savings, clock);
        Map<String, String> env = Map.of(
                "DB_URL", db.jdbcUrl(),
                "DB_USER", db.runtimeAccount().user(),
                "DB_PASSWORD", db.runtimeAccount().password(),
                "DB_MIGRATION_USER", db.migrationAccount().user(),
                "DB_MIGRATION_PASSWORD", db.migrationAccount().password(),
                "DEMO_DATA", "false");
        long dbPid = db.process().map(ProcessHandle::pid).orElse(-1L);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "pace %.2f (a turn every %.1f s), jar %s, JVM options: %s", pace, 20 * pace, JAR.getFileName(), jvm));
        lines.add(
                "    N   UIs confirms | confirm p50   p95   p99 | on screen p50   p95   p99 | key p50  p95 | CPU/turn app  db | CPU/confirm app  net   db | heap/UI | errors");
        List<String> errors = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(JAR, jvm, env)) {
            lines.add(0, String.format("jar ready in %.1f s", server.startSeconds));
            // Warm up: a production server has run its code before; the first meetings pay for the JIT.
            int warmUp = Integer.getInteger("load.warmup", 10);
            if (warmUp > 0) {
                Figures warm = LiveMeetingsRun.play(
                        server.base(), seed.seed(warmUp, "warm-" + stamp()), 0.05, 99, new LiveMeetingsRun.Probe() {});
                System.out.printf(
                        "warm-up: %d meetings, %d confirms, errors %s%n", warmUp, warm.confirms(), warm.errors());
            }
            int run = 0;
            for (int n : sizes) {
                run++;
                long t0 = System.nanoTime();
                List<LiveMeeting.Seeded> meetings = seed.seed(n, "n" + n + "-" + stamp());
                double seedSeconds = (System.nanoTime() - t0) / 1e9;
                long baseHeap = server.heapKbAfterGc();
                double[] cpu = new double[10];
                int[] counts = new int[2];
                long[] peakHeap = new long[1];
                int[] uis = new int[1];
                boolean histograms = Boolean.getBoolean("load.histogram");
                if (histograms) {
                    server.classHistogram(Path.of("target/load-histogram-" + n + "-before.txt"));
                }
                Figures figures = LiveMeetingsRun.play(server.base(), meetings, pace, run, new LiveMeetingsRun.Probe() {
                    @Override
                    public void countingStarts(int openUis) {
                        uis[0] = openUis;
                        try {
                            peakHeap[0] = server.heapKbAfterGc();
                            if (histograms) {
                                server.classHistogram(Path.of("target/load-histogram-" + n + "-open.txt"));
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        cpu(0);
                    }

                    @Override
                    public void countingEnds(int confirms) {
                        counts[0] = confirms;
                        cpu(2);
                    }

                    @Override
                    public void idleStarts() {
                        cpu(4);
                    }

                    @Override
                    public void confirmsStart() {
                        cpu(6);
                    }

                    @Override
                    public void confirmsEnd(int confirms) {
                        counts[1] = confirms;
                        cpu(8);
                    }

                    private void cpu(int slot) {
                        try {
                            cpu[slot] = server.cpuSeconds();
                            cpu[slot + 1] = dbPid > 0 ? ServerProcess.cpuSeconds(dbPid) : Double.NaN;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                // CPU per whole turn: the counting (every turn but the last), divided by its confirms.
                int turns = Math.max(1, counts[0]);
                // CPU per confirm: the confirm phase (only the confirms and their pushes), divided by its
                // confirms; raw, and net of an idle window of the same length just before it.
                int confirms = Math.max(1, counts[1]);
                double idle = cpu[6] - cpu[4];
                String line = String.format(
                        "%5d %5d %8d | %7.1f %5.1f %5.1f | %9.1f %5.1f %5.1f | %5.1f %4.1f | %8.1f %4.1f | %7.1f %5.1f %4.1f | %4d KB | %d",
                        n,
                        uis[0],
                        figures.confirms(),
                        figures.confirmMs(50),
                        figures.confirmMs(95),
                        figures.confirmMs(99),
                        figures.confirmOnScreenMs(50),
                        figures.confirmOnScreenMs(95),
                        figures.confirmOnScreenMs(99),
                        figures.keyMs(50),
                        figures.keyMs(95),
                        (cpu[2] - cpu[0]) * 1000 / turns,
                        (cpu[3] - cpu[1]) * 1000 / turns,
                        (cpu[8] - cpu[6]) * 1000 / confirms,
                        (cpu[8] - cpu[6] - idle) * 1000 / confirms,
                        (cpu[9] - cpu[7]) * 1000 / confirms,
                        uis[0] == 0 ? 0 : (peakHeap[0] - baseHeap) / uis[0],
                        figures.errors().size());
                lines.add(line);
                System.out.println(line);
                System.out.printf(
                        "      (seeded in %.0f s; show to screen p50 %.1f ms; attendance tap p50 %.1f ms; heap %d -> %d KB;"
                                + " idle window %.0f ms CPU, %d confirms in the confirm phase)%n",
                        seedSeconds,
                        figures.shownMs(50),
                        figures.tapMs(50),
                        baseHeap,
                        peakHeap[0],
                        idle * 1000,
                        counts[1]);
                figures.errors().stream().limit(10).forEach(e -> System.out.println("      error: " + e));
                errors.addAll(figures.errors());
                assertThat(server.process.isAlive()).isTrue();
            }
            server.logText()
                    .lines()
                    .filter(l -> l.contains(" ERROR ") || l.contains("Exception:"))
                    .limit(20)
                    .forEach(l -> System.out.println("      server: " + l));
        }
        lines.add("(times in ms; confirm: \"Ja, gezien\" to the answer on the tablet; on screen: to the new total on"
                + " the group screen; key: a keypad key, the bare round trip; CPU per turn: all CPU of the app and of"
                + " MariaDB during the counting (tile, keys, showing, confirm, pushes, heartbeats), divided by its"
                + " confirms; CPU per confirm: all CPU during the confirm phase (only the last turn's confirms and"
                + " their pushes), divided by its confirms, and net of an idle window of the same length before it;"
                + " heap per open UI after a full GC)");
        Path out = Path.of("target/load-results.txt");
        Files.write(out, lines);
        lines.forEach(System.out::println);
        assertThat(errors).isEmpty();
    }
}
