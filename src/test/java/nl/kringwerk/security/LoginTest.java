package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kringwerk.KringwerkTest;
import nl.kringwerk.SchemaOwner;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The login form's POST to /login, through the real security filter chain: tokens, throttling,
 * what the login page is told, what the log says. Each test signs in from an address of its own,
 * so one test's failed tries never lock another test out.
 */
@KringwerkTest
@ExtendWith(OutputCaptureExtension.class)
// bcrypt at its production cost: the unknown user's dummy check must cost what a real one does.
@TestPropertySource(properties = "kringwerk.password.bcrypt-strength=10")
class LoginTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** application-test.properties: 5 tries per account per 3 s, 10 per address per 10 s. */
    private static final long TEST_WINDOW_MILLIS = 3_000;

    @Autowired
    TestWorld testWorld;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @Autowired
    EmbeddedMariaDb db;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup().addFilters(security).build();
    }

    @Test
    void theRightPasswordWithTheFormsTokenSignsIn() throws Exception {
        TestWorld.World world = testWorld.create();
        Attempt attempt = logIn(world.coordinatorA(), TestWorld.PASSWORD, newAddress());
        assertThat(attempt.redirect()).isEqualTo("/");
        assertThat(attempt.signedIn()).isTrue();
    }

    @Test
    void aLoginPostWithoutTheFormsTokenIsRefused() throws Exception {
        TestWorld.World world = testWorld.create();
        String address = newAddress();
        MvcResult result = mvc.perform(post("/login")
                        .param("username", world.coordinatorA())
                        .param("password", TestWorld.PASSWORD)
                        .with(from(address)))
                .andReturn();
        assertThat(signedIn(result)).isFalse();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");

        MvcResult forged = mvc.perform(post("/login")
                        .param("username", world.coordinatorA())
                        .param("password", TestWorld.PASSWORD)
                        .param("_csrf", "made-up")
                        .session(loginPage(address).session())
                        .with(from(address)))
                .andReturn();
        assertThat(signedIn(forged)).isFalse();
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightPasswordAndTheLockLiftsAfterItsTime() throws Exception {
        TestWorld.World world = testWorld.create();
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(logIn(world.facilitatorA(), "fout-" + i, address).redirect())
                    .isEqualTo("/login?error");
        }
        Attempt sixth = logIn(world.facilitatorA(), TestWorld.PASSWORD, address);
        assertThat(sixth.signedIn()).isFalse();
        assertThat(sixth.redirect()).startsWith("/login?locked=");

        Thread.sleep(TEST_WINDOW_MILLIS + 200);
        Attempt afterTheLock = logIn(world.facilitatorA(), TestWorld.PASSWORD, address);
        assertThat(afterTheLock.signedIn()).isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedToo() throws Exception {
        TestWorld.World world = testWorld.create();
        String address = newAddress();
        for (int i = 1; i <= 10; i++) {
            assertThat(logIn("spray-" + i + address, "zomer2026", address).redirect())
                    .isEqualTo("/login?error");
        }
        Attempt next = logIn(world.coordinatorA(), TestWorld.PASSWORD, address);
        assertThat(next.signedIn()).isFalse();
        assertThat(next.redirect()).startsWith("/login?locked=");
        // The same account from another address is not held up by this one.
        assertThat(logIn(world.coordinatorA(), TestWorld.PASSWORD, newAddress()).signedIn())
                .isTrue();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerInAboutTheSameTime() throws Exception {
        TestWorld.World world = testWorld.create();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Attempt wrong = logIn(world.officerA(), "fout", newAddress());
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            Attempt nobody = logIn("niemand-" + i + "-" + world.officerA(), "fout", newAddress());
            unknown.add(System.nanoTime() - start);
            assertThat(nobody.redirect()).isEqualTo(wrong.redirect()).isEqualTo("/login?error");
        }
        // The password of an unknown user is checked against a dummy hash: no shortcut to notice.
        assertThat(median(unknown)).isGreaterThan(median(known) / 3);
    }

    @Test
    void whenTheDatabaseIsDownTheLoginPageSaysSoInsteadOfBlamingThePassword() throws Exception {
        TestWorld.World world = testWorld.create();
        String address = newAddress();
        Attempt attempt;
        SchemaOwner.of(db).execute("RENAME TABLE user_account TO user_account_away");
        try {
            attempt = logIn(world.coordinatorA(), TestWorld.PASSWORD, address);
        } finally {
            SchemaOwner.of(db).execute("RENAME TABLE user_account_away TO user_account");
        }
        assertThat(attempt.signedIn()).isFalse();
        assertThat(attempt.redirect()).isEqualTo("/login?unavailable");
        // Not the user's fault: the failed try does not count against her.
        for (int i = 1; i <= 4; i++) {
            logIn(world.coordinatorA(), "fout-" + i, address);
        }
        assertThat(logIn(world.coordinatorA(), TestWorld.PASSWORD, address).signedIn())
                .isTrue();
    }

    @Test
    void failedAndSuccessfulLoginsAreLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        TestWorld.World world = testWorld.create();
        String address = newAddress();
        logIn(world.coordinatorB(), "geheim-fout-wachtwoord", address);
        logIn(world.coordinatorB(), TestWorld.PASSWORD, address);
        assertThat(output.getAll())
                .containsPattern("Login failed.*" + world.coordinatorB() + ".*" + address)
                .containsPattern("Login succeeded.*" + world.coordinatorB() + ".*" + address)
                .doesNotContain("geheim-fout-wachtwoord")
                .doesNotContain(TestWorld.PASSWORD);
    }

    @Test
    void aNewLoginStartsANewSessionWithTheIdleTimeOfTheRole() throws Exception {
        TestWorld.World world = testWorld.create();
        Page page = loginPage(newAddress());
        page.session().setAttribute("something-of-before", "left behind");
        Attempt officer = submit(page, world.officerA(), TestWorld.PASSWORD);
        assertThat(officer.session()).isNotNull().isNotSameAs(page.session());
        assertThat(page.session().isInvalid()).isTrue();
        assertThat(officer.session().getAttribute("something-of-before")).isNull();
        assertThat(officer.session().getMaxInactiveInterval()).isEqualTo(45 * 60);

        Attempt admin = logIn(world.admin(), TestWorld.PASSWORD, newAddress());
        assertThat(admin.session().getMaxInactiveInterval()).isEqualTo(20 * 60);
    }

    record Page(MockHttpSession session, String token, String address) {}

    record Attempt(@Nullable String redirect, @Nullable HttpSession session, boolean signedIn) {}

    Page loginPage(String address) throws Exception {
        MvcResult page = mvc.perform(get("/login").with(from(address))).andReturn();
        MockHttpServletRequest request = page.getRequest();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        assertThat(token).as("the login page carries a form token").isNotNull();
        String value = token.getToken();
        return new Page((MockHttpSession) request.getSession(), value, address);
    }

    Attempt logIn(String username, String password, String address) throws Exception {
        return submit(loginPage(address), username, password);
    }

    Attempt submit(Page page, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .param("_csrf", page.token())
                        .session(page.session())
                        .with(from(page.address())))
                .andReturn();
        return new Attempt(
                result.getResponse().getRedirectedUrl(), result.getRequest().getSession(false), signedIn(result));
    }

    private static boolean signedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        if (session == null || (session instanceof MockHttpSession mock && mock.isInvalid())) {
            return false;
        }
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
