package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The account is read at every request; a database that is away is no reason to end the session or
 * to answer with an error page: the request goes on, and the screen says the database is away.
 */
class FreshAccountFilterTest {

    private final AccountStanding standing = mock(AccountStanding.class);
    private final FreshAccountFilter filter =
            new FreshAccountFilter(standing, SecurityContextHolder.getContextHolderStrategy());
    private final SignedInUser samira =
            new SignedInUser(7, "voorzitter", "{noop}x", "Samira", Role.OFFICER, 1L, 2L, true);
    private final MockHttpSession session = new MockHttpSession();
    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final MockFilterChain chain = new MockFilterChain();

    @BeforeEach
    void signedIn() {
        request.setSession(session);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(samira, null, samira.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void whileTheDatabaseIsAwayTheRequestGoesOnAsTheAccountTheSessionHolds() throws Exception {
        when(standing.current(7))
                .thenThrow(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out")));

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isSameAs(samira);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void anyOtherFailureStopsTheRequest() {
        when(standing.current(7)).thenThrow(new IllegalStateException("a mistake in the code"));

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), chain))
                .isInstanceOf(IllegalStateException.class);
        assertThat(chain.getRequest()).isNull();
    }
}
