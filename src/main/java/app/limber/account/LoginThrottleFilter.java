package app.limber.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Checks the login throttle before a login form post reaches the password check. */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where a refused attempt is sent: the login page, with a message that says to wait. */
    public static final String REFUSED_TARGET = "/login?error=wait";

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
        if (email != null && throttle.refuse(email, request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + REFUSED_TARGET);
            return;
        }
        chain.doFilter(request, response);
    }
}
