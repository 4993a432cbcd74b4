package app.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** A sign-in while the database is out of reach goes back to the login page, which says so: never an error page. */
class LoginThrottleFilterTest {

    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final LoginThrottleFilter filter = new LoginThrottleFilter(throttle, "/login");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static MockHttpServletRequest loginPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "sam@example.test");
        request.setParameter("password", "secret-password");
        return request;
    }

    @Test
    void whenTheThrottleCannotReachTheDatabaseTheLoginPageSaysSo() throws Exception {
        when(throttle.refuse(anyString(), anyString()))
                .thenThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"));
        filter.doFilter(loginPost(), response, (request, ignored) -> {
            throw new AssertionError("the password check must not run");
        });
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=unavailable");
    }

    @Test
    void whenTheDatabaseGoesAwayLaterInTheSignInTheLoginPageSaysSoToo() throws Exception {
        FilterChain auditFails = (request, ignored) -> {
            throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
        };
        filter.doFilter(loginPost(), response, auditFails);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=unavailable");
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        when(throttle.refuse(anyString(), anyString())).thenThrow(new IllegalStateException("a bug"));
        assertThatThrownBy(() -> filter.doFilter(loginPost(), response, (request, ignored) -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusedAttemptsStillWaitAndOthersGoOn() throws Exception {
        when(throttle.refuse(anyString(), anyString())).thenReturn(true);
        filter.doFilter(loginPost(), response, (request, ignored) -> {
            throw new AssertionError("a refused attempt must not reach the password check");
        });
        assertThat(response.getRedirectedUrl()).isEqualTo(LoginThrottleFilter.REFUSED_TARGET);
    }
}
