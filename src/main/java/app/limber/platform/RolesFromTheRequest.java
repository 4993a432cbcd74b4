package app.limber.platform;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's navigation access control, asking the request for the person's roles without a class-path scan each time.
 * <p>
 * Vaadin's own {@code getRolesChecker} looks the role-prefix holder up through its {@code Lookup} on every call,
 * and for that type the lookup scans every jar's {@code META-INF/services} (it caches only Vaadin's default services),
 * although the prefix is only read once: from then on the answer is always {@code request::isUserInRole}. That scan
 * was about 3% of the CPU of every navigation (docs/performance.md, "CPU per request"). This asks Vaadin until the
 * prefix is known, then the request directly, as Vaadin would; WebSocket push requests, whose roles come from the
 * security context instead, always go to Vaadin.
 */
final class RolesFromTheRequest extends SpringNavigationAccessControl {

    private volatile boolean rolePrefixKnown;

    RolesFromTheRequest(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver decisionResolver) {
        super(checkers, decisionResolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (rolePrefixKnown && request != null && !isWebSocketPush(request)) {
            return request::isUserInRole;
        }
        Predicate<String> checker = super.getRolesChecker(request);
        if (request != null && !isWebSocketPush(request)) {
            rolePrefixKnown = true;
        }
        return checker;
    }

    private static boolean isWebSocketPush(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && "websocket".equals(request.getHeader("X-Atmosphere-Transport"));
    }
}
