package app.limber.platform.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Component;

/**
 * Gives the first response of a page load the status of the page it is going to show: 404 for an address without
 * a view ({@link NotFoundView}), 403 for a view the signed-in person may not open ({@link AccessDeniedView}). Vaadin
 * builds a page's content only in the browser's next request, so without this every such page would say 200.
 * (Vaadin's "eager server load" would build it in the first response, but it writes the page's state into an inline
 * script without escaping {@code </script>}, which let comment text run as script; see CommentXssBrowserTest.)
 */
@Component
class PageStatus implements VaadinServiceInitListener {

    private final NavigationAccessControl accessControl;

    PageStatus(NavigationAccessControl accessControl) {
        this.accessControl = accessControl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(page -> {
            int status = statusOf(page.getVaadinRequest(), service);
            if (status != HttpServletResponse.SC_OK) {
                page.getVaadinResponse().setStatus(status);
            }
        });
    }

    private int statusOf(VaadinRequest request, VaadinService service) {
        String pathInfo = request.getPathInfo();
        String path = pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "");
        Router router = service.getRouter();
        NavigationRouteTarget target = router.getRegistry().getNavigationRouteTarget(path);
        if (target == null || target.getRouteTarget() == null) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            // Visitors were already sent to the login page by the security filter wherever signing in would help.
            return HttpServletResponse.SC_OK;
        }
        NavigationContext context = new NavigationContext(router, target.getRouteTarget().getTarget(),
                new Location(path, QueryParameters.full(request.getParameterMap())), target.getRouteParameters(),
                principal, request::isUserInRole, false, false);
        boolean productionMode = service.getDeploymentConfiguration().isProductionMode();
        return accessControl.checkAccess(context, productionMode).decision() == AccessCheckDecision.ALLOW
                ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
    }
}
