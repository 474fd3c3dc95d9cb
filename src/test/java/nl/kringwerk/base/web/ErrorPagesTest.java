package nl.kringwerk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.KringwerkServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers that never reach a Vaadin view (a refused form post, a URL the firewall rejects) get the
 * app's own page in Dutch and English with a reference, never a framework page.
 */
@KringwerkServerTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aRefusedPostGetsTheAppsOwnPageWithAReference(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/groepen"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertOwnPage(answer, output);
    }

    @Test
    void aRejectedUrlGetsTheAppsOwnPageWithAReference(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/groepen;x=1"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertOwnPage(answer, output);
    }

    private static void assertOwnPage(HttpResponse<String> answer, CapturedOutput output) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body())
                .contains("Er ging iets mis", "Something went wrong", "lang=\"nl\"")
                .doesNotContain("Whitelabel", "Exception", "at org.", "Tomcat");
        Matcher reference = REFERENCE.matcher(answer.body());
        assertThat(reference.find()).isTrue();
        assertThat(output.getAll()).contains(reference.group());
    }
}
