package nl.kringwerk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.kringwerk.KringwerkApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * While the start is not complete (migrations, the first administrator, the demo data: the
 * application runners), the web server already answers: readiness says not ready and the login page
 * asks to come back in a moment, so nobody tries to log in to accounts that are not there yet.
 */
class ReadinessTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** An application runner that holds the start until the test has looked. */
    static class HoldTheStart implements ApplicationRunner {

        static final CountDownLatch reached = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);
        static volatile int port;

        private final Environment environment;

        HoldTheStart(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run(ApplicationArguments args) throws Exception {
            port = environment.getRequiredProperty("local.server.port", Integer.class);
            reached.countDown();
            release.await(2, TimeUnit.MINUTES);
        }
    }

    @Test
    void notReadyAndNoLoginUntilTheStartIsComplete() throws Exception {
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(
                () -> new SpringApplicationBuilder(KringwerkApplication.class, HoldTheStart.class)
                        .profiles("test")
                        .run("--server.port=0"));
        try {
            assertThat(HoldTheStart.reached.await(3, TimeUnit.MINUTES)).isTrue();

            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> login = get("/login");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).isPresent();
            assertThat(login.body()).contains("Kringwerk start op", "Kringwerk is starting");
        } finally {
            HoldTheStart.release.countDown();
        }
        try (ConfigurableApplicationContext app = starting.get(3, TimeUnit.MINUTES)) {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get("/login").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + HoldTheStart.port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
