package app.limber.platform;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What the next request of a session ended elsewhere (password reset, disabled, deleted) gets, after Spring Security
 * has logged it out. A page load is sent to the login page. An open page's background request (Vaadin's UIDL,
 * heartbeat) carries on without the session instead, so that Vaadin answers it in its own format ("session
 * expired") and the browser reloads the page, which lands on the login page; a redirect would hand the page the
 * login page's HTML where it expects JSON, and it would show "Invalid JSON response from server".
 */
class EndedSessionStrategy implements SessionInformationExpiredStrategy {

    private final RequestUtil requests;
    private final String loginPath;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    EndedSessionStrategy(RequestUtil requests, String loginPath) {
        this.requests = requests;
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException, ServletException {
        if (event.getFilterChain() != null && requests.isFrameworkInternalRequest(event.getRequest())) {
            event.getFilterChain().doFilter(event.getRequest(), event.getResponse());
            return;
        }
        redirect.sendRedirect(event.getRequest(), event.getResponse(), loginPath);
    }
}
