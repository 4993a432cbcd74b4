package app.limber.platform;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A page request (GET or HEAD) for an address that no view and no controller serves, such as {@code /no-such-page}.
 * Such requests are let through to Vaadin, which answers them with the app's own "not found" page and status 404,
 * for visitors and signed-in people alike, instead of the sign-in page or a bare "HTTP ERROR 403". An address that a
 * controller serves never matches, so a controller stays closed unless a rule of its own opens it.
 */
class UnknownPageRequests implements RequestMatcher {

    private final RequestUtil vaadin;
    private final RequestMappingHandlerMapping controllers;

    UnknownPageRequests(RequestUtil vaadin, RequestMappingHandlerMapping controllers) {
        this.vaadin = vaadin;
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && !vaadin.isFrameworkInternalRequest(request)
                && !vaadin.isSecuredFlowRoute(request)
                && !servedByAController(request);
    }

    /** Whether any controller method is mapped to this address, whatever its HTTP method. */
    private boolean servedByAController(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return controllers.getHandlerMethods().keySet().stream()
                    .map(RequestMappingInfo::getActivePatternsCondition)
                    .anyMatch(paths -> paths.getMatchingCondition(request) != null);
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
