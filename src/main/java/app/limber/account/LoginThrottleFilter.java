package app.limber.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import app.limber.platform.DatabaseOutage;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the login throttle before a login form post reaches the password check. While the database is out of reach
 * (the throttle, the password check and the audit log all need it) the post goes back to the login page with a message
 * that says so, instead of an error page.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where a refused attempt is sent: the login page, with a message that says to wait. */
    public static final String REFUSED_TARGET = "/login?error=wait";
    /** Where a sign-in goes when the database can't be reached: the login page, saying so. */
    public static final String UNAVAILABLE_TARGET = "/login?error=unavailable";

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final String loginPath;

    public LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !loginPath.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        try {
            if (email != null && throttle.refuse(email, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + REFUSED_TARGET);
                return;
            }
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("A sign-in could not be checked: the database is out of reach ({})", e.toString());
            response.sendRedirect(request.getContextPath() + UNAVAILABLE_TARGET);
        }
    }
}
