package app.limber.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in while the database is out of reach (the login throttle, the password check and the audit log all need it)
 * goes back to the login page with a message that says so: not an error page when one of them throws, and not "check
 * your email and password" when the password check failed for that reason. Wraps the login form post, ahead of the
 * other sign-in filters.
 */
public class SignInOutageFilter extends OncePerRequestFilter {

    /** Where such a sign-in is sent: the login page, which then says the database can't be reached. */
    public static final String UNAVAILABLE_TARGET = "/login?error=unavailable";

    private static final Logger log = LoggerFactory.getLogger(SignInOutageFilter.class);

    private final RequestMatcher loginPost;
    private final String failureTarget;

    /**
     * Wraps the posts {@code loginPost} matches; {@code failureTarget} is where Spring Security sends a failed sign-in
     * (without the context path), redirected to {@link #UNAVAILABLE_TARGET} instead when the database was the reason.
     */
    public SignInOutageFilter(RequestMatcher loginPost, String failureTarget) {
        this.loginPost = loginPost;
        this.failureTarget = failureTarget;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String unavailable = request.getContextPath() + UNAVAILABLE_TARGET;
        String failed = request.getContextPath() + failureTarget;
        HttpServletResponse toLoginPage = new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(location.endsWith(failed) && failedForTheDatabase(request) ? unavailable : location);
            }
        };
        try {
            chain.doFilter(request, toLoginPage);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("A sign-in could not be checked: the database is out of reach ({})", e.toString());
            response.sendRedirect(unavailable);
        }
    }

    /** Whether the sign-in failed because the database was away (Spring Security keeps the failure in the session). */
    private static boolean failedForTheDatabase(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.isCause(failure);
    }
}
