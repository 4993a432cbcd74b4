package app.limber.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Checks the login throttle before a login form post reaches the password check. */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Where a refused attempt is sent: the login page, with a message that says to wait. */
    public static final String REFUSED_TARGET = "/login?error=wait";

    private final LoginThrottle throttle;
    private final RequestMatcher loginPost;

    /** Checks the posts {@code loginPost} matches: the same matcher the other sign-in filters are given. */
    public LoginThrottleFilter(LoginThrottle throttle, RequestMatcher loginPost) {
        this.throttle = throttle;
        this.loginPost = loginPost;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
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
