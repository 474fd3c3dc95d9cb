package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A session that is already open feels an administrative change at its very next request: the
 * application's servlet filters run on a request carrying the session as the browser sends it back.
 */
class OpenSessionTest extends ServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    AccountService accountService;

    MockMvc mvc;
    TestWorld.World world;

    @BeforeEach
    void setUp() {
        world = testWorld.create();
        // What Spring Security's chain does first for a signed-in session (load its security context;
        // the whole chain needs Vaadin's servlet, which a mock context lacks), then the application's
        // other filters, in their order.
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        // Through this context's holder strategy, as the real chain does (the static holder has the last
        // context's).
        SecurityContextHolderStrategy holder = context.getBean(SecurityContextHolderStrategy.class);
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSecurityContextHolderStrategy(holder);
        SecurityContextHolderFilter loadContext = new SecurityContextHolderFilter(repository);
        loadContext.setSecurityContextHolderStrategy(holder);
        List<Filter> filters = new ArrayList<>(List.of(loadContext));
        context.getBeansOfType(Filter.class).values().stream()
                .filter(f -> f != security)
                .sorted(AnnotationAwareOrderComparator.INSTANCE)
                .forEach(filters::add);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(filters.toArray(Filter[]::new))
                .build();
    }

    @Test
    void aDisabledAccountsOpenSessionIsRefusedAtTheNextClick() throws Exception {
        MockHttpSession session = openSession(world.facilitatorA());
        assertThat(signedInUserAfterRequest(session)).isNotNull();
        jdbc.update(
                "UPDATE user_account SET enabled = FALSE, version = version + 1 WHERE username = ?",
                world.facilitatorA());
        assertThat(signedInUserAfterRequest(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anOfficerWhoLeftHerGroupIsSignedOutAtTheNextClick() throws Exception {
        MockHttpSession session = openSession(world.officerA());
        jdbc.update("UPDATE member SET left_on = ? WHERE id = ?", LocalDate.now(TestClock.AMSTERDAM), world.memberA());
        assertThat(signedInUserAfterRequest(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theAccountsOfADeactivatedOrganisationAreSignedOutAtTheNextClick() throws Exception {
        MockHttpSession session = openSession(world.coordinatorA());
        jdbc.update("UPDATE organisation SET active = FALSE WHERE id = ?", world.organisationA());
        assertThat(signedInUserAfterRequest(session)).isNull();
    }

    @Test
    void aChangedRoleCountsFromTheNextClick() throws Exception {
        MockHttpSession session = openSession(world.facilitatorA());
        jdbc.update(
                "UPDATE user_account SET role = 'COORDINATOR', version = version + 1 WHERE username = ?",
                world.facilitatorA());
        SignedInUser now = signedInUserAfterRequest(session);
        assertThat(now).isNotNull();
        assertThat(now.role()).isEqualTo(Role.COORDINATOR);
        assertThat(sessionUser(session).role()).as("kept in the session").isEqualTo(Role.COORDINATOR);
    }

    @Test
    void aRoleChangedInBeheerCountsFromTheNextClick() throws Exception {
        MockHttpSession session = openSession(world.facilitatorA());
        signInAs(world.admin());
        accountService.changeRole(accounts.idOf(world.facilitatorA()), Role.COORDINATOR);
        SignIn.out();
        assertThat(signedInUserAfterRequest(session).role()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void anUnchangedAccountKeepsItsSession() throws Exception {
        MockHttpSession session = openSession(world.facilitatorA());
        assertThat(signedInUserAfterRequest(session).role()).isEqualTo(Role.FACILITATOR);
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession openSession(String username) {
        Authentication authentication = SignIn.as(users, username);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SignIn.out();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        return session;
    }

    /** Who the application sees as signed in while it handles one more request of this session. */
    private SignedInUser signedInUserAfterRequest(MockHttpSession session) throws Exception {
        try {
            mvc.perform(get("/groepen").session(session));
        } catch (ServletException endOfTheLine) {
            // The request ends at Vaadin's servlet, which a mock context does not have; the filters ran.
        }
        return session.isInvalid() ? null : sessionUser(session);
    }

    private static SignedInUser sessionUser(MockHttpSession session) {
        SecurityContext stored = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (SignedInUser) stored.getAuthentication().getPrincipal();
    }
}
