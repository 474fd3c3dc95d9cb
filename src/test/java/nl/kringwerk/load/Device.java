package nl.kringwerk.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One tablet or TV: its own cookies (so its own HTTP session) and its own client address, sent as
 * {@code X-Forwarded-For} (the app trusts it from a proxy on the loopback address, as behind a TLS
 * proxy), so the login limits count per device as they would at real tables. All devices share one
 * {@link HttpClient}.
 */
final class Device {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final HttpClient http;
    final URI base;
    final String address;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    Device(HttpClient http, URI base, String address) {
        this.http = http;
        this.base = base;
        this.address = address;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The login page, then its form posted with the page's CSRF token, as vaadin-login-form does. */
    void logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("login").GET().build());
        check(page, 200, "login page");
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new LoadError("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> login = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("login")) {
            throw new LoadError("login of " + username + " refused: " + login.statusCode() + " " + location);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("X-Forwarded-For", address);
        String cookie = cookieHeader();
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }

    String cookieHeader() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new LoadError(what + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A failure the run counts as an error. */
    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message);
        }
    }
}
