package app.limber.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;

/** A sign-in while the database is out of reach goes back to the login page, which says so: never an error page. */
class SignInOutageFilterTest {

    private final SignInOutageFilter filter = new SignInOutageFilter(
            request -> "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()), "/login?error");
    private final MockHttpServletRequest request = loginPost();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static MockHttpServletRequest loginPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "sam@example.test");
        request.setParameter("password", "secret-password");
        return request;
    }

    /** What Spring Security's failure handler does: keep the failure in the session, send the browser back. */
    private static FilterChain signInFailsWith(AuthenticationException failure) {
        return (request, response) -> {
            ((HttpServletRequest) request).getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
            ((HttpServletResponse) response).sendRedirect("/login?error");
        };
    }

    @Test
    void whenTheThrottleOrTheAuditLogCannotReachTheDatabaseTheLoginPageSaysSo() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        });
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=unavailable");

        MockHttpServletResponse later = new MockHttpServletResponse();
        filter.doFilter(loginPost(), later, (req, res) -> {
            throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
        });
        assertThat(later.getRedirectedUrl()).isEqualTo("/login?error=unavailable");
    }

    @Test
    void aPasswordCheckThatFailedForTheDatabaseIsNotCalledAWrongPassword() throws Exception {
        filter.doFilter(request, response, signInFailsWith(new InternalAuthenticationServiceException("no connection",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"))));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=unavailable");
    }

    @Test
    void aWrongPasswordStaysAWrongPasswordAndASignInASignIn() throws Exception {
        filter.doFilter(request, response, signInFailsWith(new BadCredentialsException("Bad credentials")));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");

        MockHttpServletResponse signedIn = new MockHttpServletResponse();
        filter.doFilter(loginPost(), signedIn, (req, res) -> ((HttpServletResponse) res).sendRedirect("/start"));
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/start");
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
