package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.SessionTrackingMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.KringwerkServerTest;
import nl.kringwerk.TestWorld;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/** Real HTTP against the running app (the browser tests' server): what every answer carries. */
@KringwerkServerTest
class SecurityHeadersTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    TestWorld testWorld;

    @Autowired
    WebApplicationContext web;

    @Test
    void everyRouteAnswersWithTheSecurityHeadersSignedInOrNot() throws Exception {
        TestWorld.World world = testWorld.create();
        String cookie = signIn(world.admin());
        List<String> paths = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()))
                .getRegisteredRoutes()) {
            paths.add(route.getTemplate().replaceAll(":\\w+(\\([^)]*\\))?", "1"));
        }
        assertThat(paths).contains("groepen", "inzichten", "login", "");
        paths.addAll(List.of("bestaat-niet", "webjars/chart.js/4.4.7/dist/chart.umd.js", "icons/icon.png"));
        for (String path : paths) {
            for (String session : new String[] {null, cookie}) {
                HttpResponse<String> answer = get(path, session, Map.of());
                assertSecurityHeaders(path, answer);
                assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                        .as("no HSTS over plain http: " + path)
                        .isEmpty();
            }
        }
        assertSecurityHeaders("login POST", postLogin(world.admin(), "fout", null, null));
    }

    @Test
    void behindATlsProxyAnswersCarryHstsASecureCookieAndRedirectsStayOnHttps() throws Exception {
        Map<String, String> proxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        HttpResponse<String> start = get("", null, proxy);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).startsWith("https://").endsWith("/login"));
        assertThat(start.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        String sessionCookie = sessionCookie(start);
        assertThat(sessionCookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void overPlainHttpTheSessionCookieIsSameSiteAndTheUrlsCarryNoSessionId() throws Exception {
        HttpResponse<String> start = get("", null, Map.of());
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        assertThat(sessionCookie(start)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(web.getServletContext().getEffectiveSessionTrackingModes())
                .isEqualTo(Set.of(SessionTrackingMode.COOKIE));
    }

    /**
     * After a login ended the old session, the old page's push channel reconnects with the old
     * cookie. That request must not start a session: its cookie would replace the new login's.
     */
    @Test
    void aPushRequestWithAnEndedSessionStartsNoNewSession() throws Exception {
        HttpRequest push = HttpRequest.newBuilder(URI.create(base()
                        + "VAADIN/push?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-tracking-id=0"
                        + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=long-polling"
                        + "&X-atmo-protocol=true"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> answer = http.send(push, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> answer) {
        var headers = answer.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as("CSP on " + what)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'",
                                "frame-ancestors 'none'")
                        .doesNotContain("'unsafe-inline' 'unsafe-eval' *"));
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .as(what)
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }

    /** Signs in through the login page and its form, as a browser does; returns the session cookie. */
    private String signIn(String username) throws Exception {
        HttpResponse<String> page = get("login", null, Map.of());
        String cookie = cookieValue(sessionCookie(page));
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login page carries the form token").isTrue();
        HttpResponse<String> answer = postLogin(username, TestWorld.PASSWORD, cookie, token.group(1));
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        return cookieValue(sessionCookie(answer));
    }

    private HttpResponse<String> postLogin(
            String username, String password, @Nullable String cookie, @Nullable String token)
            throws IOException, InterruptedException {
        String form = "username=" + username + "&password=" + password + (token == null ? "" : "&_csrf=" + token);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, @Nullable String cookie, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }
}
