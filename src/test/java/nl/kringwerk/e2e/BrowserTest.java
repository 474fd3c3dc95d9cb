package nl.kringwerk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import nl.kringwerk.KringwerkServerTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.Savings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for end-to-end tests: the app on a random port, driven by Playwright in Debian's chromium.
 * Playwright never downloads a browser. Without /usr/bin/chromium the tests are skipped with a
 * loud message, except on CI (CI=true), where that is a failure: .ci/run installs chromium.
 */
@KringwerkServerTest
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestWorld testWorld;

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "BROWSER TESTS SKIPPED: " + CHROMIUM + " is missing. Install it with "
                    + "'apt-get install -y chromium' to run them (.ci/run does).";
            if ("true".equals(System.getenv("CI"))) {
                fail(message.replace("SKIPPED", "CANNOT RUN ON CI"));
            }
            System.err.println("\n" + "!".repeat(100) + "\n" + message + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openTabletSizedPage() {
        // One context per test: its pages share a login, like two tabs of one browser.
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        // Every page every browser test opens runs under the Content-Security-Policy: the browser
        // reports what the policy blocks in the console, and the test fails on it.
        cspViolations.clear();
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Content-Security-Policy")) {
                cspViolations.add(message.text());
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        assertThat(cspViolations)
                .as("Content-Security-Policy messages in the console")
                .isEmpty();
    }

    /** Waits until the browser shows this path; Vaadin changes it without a page load. */
    void expectPath(String pathRegex) {
        PlaywrightAssertions.assertThat(page)
                .hasURL(
                        Pattern.compile("^http://localhost:\\d+/" + pathRegex + "(\\?continue)?$"),
                        // The first page after a login on a busy 2-core machine may take longer than 5 s.
                        new PageAssertions.HasURLOptions().setTimeout(15_000));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void logIn(String username, String password) {
        page.navigate(url("login"));
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).isVisible();
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    /** At the tablet's size (1024x768) and a phone's (390x844, suffix "-phone"). */
    void screenshots(String name) {
        screenshot(name);
        page.setViewportSize(390, 844);
        screenshot(name + "-phone");
        page.setViewportSize(1024, 768);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Logs in, waits for the group list and opens the meeting screen of this session. */
    void logInToMeeting(String username, long sessionId) {
        logIn(username, TestWorld.PASSWORD);
        expectPath("groepen");
        page.navigate(url("bijeenkomst/" + sessionId));
    }

    /** Group A with eight members present and its first session open, the roles given. */
    long openSession(TestWorld.World world) {
        return sessionOfEight(world, true, null, null);
    }

    /** As {@link #openSession(TestWorld.World)}, with the group's screens in these languages. */
    long openSession(TestWorld.World world, MemberLanguage first, @Nullable MemberLanguage second) {
        return sessionOfEight(world, true, first, second);
    }

    /** Group A with eight members and its first session still planned: nobody marked, no roles. */
    long plannedSession(TestWorld.World world) {
        return sessionOfEight(world, false, null, null);
    }

    /** Prepared through the services, signed in as coordinator A. */
    private long sessionOfEight(
            TestWorld.World world, boolean open, @Nullable MemberLanguage first, @Nullable MemberLanguage second) {
        SignIn.as(users, world.coordinatorA());
        try {
            if (first != null) {
                groups.chooseScreenLanguages(world.groupA(), first, second);
            }
            TestWorld.Circle circle = testWorld.circleOfEight(world);
            savings.cycles()
                    .startCycle(
                            world.groupA(), CycleRules.defaults(LocalDate.now(TestClock.AMSTERDAM), Frequency.WEEKLY));
            long sessionId = savings.cycles()
                    .currentCycle(world.groupA())
                    .orElseThrow()
                    .sessions()
                    .get(0)
                    .id();
            if (open) {
                for (long member : circle) {
                    savings.sessions().markAttendance(sessionId, member, AttendanceStatus.PRESENT);
                }
                savings.sessions()
                        .openSession(
                                sessionId,
                                new SessionRoles(
                                        circle.member("Samira"),
                                        circle.member("Fatma"),
                                        circle.member("Anja"),
                                        circle.member("Gloria")));
            }
            return sessionId;
        } finally {
            SignIn.out();
        }
    }

    /** On the open meeting screen: counts € 12,50 for this member and shows it to the group. */
    void showTwelveFifty(long member) {
        page.locator("#count-" + member).click();
        for (String key : List.of("1", "2", "comma", "5", "0")) {
            page.locator("#key-" + key).click();
        }
        page.locator("#show-amount").click();
        PlaywrightAssertions.assertThat(page.locator("#shown-amount")).hasText("€ 12,50");
    }

    /** Deposits booked in this session, straight from the journal. */
    int deposits(long sessionId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM journal_entry WHERE session_id = ? AND kind = ?",
                Integer.class,
                sessionId,
                EntryKind.DEPOSIT.name());
    }
}
