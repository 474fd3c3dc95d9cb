package nl.kringwerk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kringwerk.KringwerkServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health endpoint a load balancer, docker-compose or Kubernetes asks: reachable without login,
 * telling only UP or not, and no other actuator endpoint reachable at all.
 */
@KringwerkServerTest
class HealthEndpointTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void healthLivenessAndReadinessAnswerWithoutLoginAndSayOnlyUp() throws Exception {
        // The root names its two groups (Spring Boot always does); no component, no detail.
        Map<String, String> expected = Map.of(
                "/actuator/health", "{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
                "/actuator/health/liveness", "{\"status\":\"UP\"}",
                "/actuator/health/readiness", "{\"status\":\"UP\"}");
        for (String path : expected.keySet()) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isEqualTo(expected.get(path));
            // A probe every few seconds must not open a session each time.
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
    }

    @Test
    void nothingElseOfTheActuatorIsReachable() throws Exception {
        for (String path : List.of(
                "/actuator",
                "/actuator/health/db",
                "/actuator/health/diskSpace",
                "/actuator/info",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/metrics",
                "/actuator/loggers",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/mappings",
                "/actuator/configprops",
                "/actuator/shutdown")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("\"status\"", "_links", "propertySources", "beans");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
