package app.limber.platform;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * Hands Vaadin's own requests (UIDL, heartbeat, unload: {@code POST /?v-r=...}) to Vaadin before any controller is
 * asked. The public home page is a controller on {@code GET /}; without this, Spring MVC answers a Vaadin request to
 * {@code /} with "405 method not allowed" whenever it reaches the dispatcher without a session (an open page of a
 * session that was ended elsewhere), instead of Vaadin's own "session expired" answer that reloads the page.
 */
@Component
class VaadinRequestsFirst extends AbstractHandlerMapping {

    private final RequestUtil requests;
    private final Controller vaadin;

    VaadinRequestsFirst(RequestUtil requests, @Qualifier("vaadinForwardingController") Controller vaadin) {
        this.requests = requests;
        this.vaadin = vaadin;
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        return requests.isFrameworkInternalRequest(request) ? vaadin : null;
    }
}
