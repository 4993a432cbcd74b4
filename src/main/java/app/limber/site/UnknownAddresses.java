package app.limber.site;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.MalformedURLException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Answers a page request (GET or HEAD) for an address that nothing serves, such as {@code /no-such-page},
 * {@code /tags/x/y} or {@code /programs/}, with the site's own 404 page: same layout as the public site, and no
 * session for a visitor. Without it such a request falls through to Vaadin, which opens a session and a UI only to
 * show its "not found" view.
 * <p>
 * Asked after the controllers and just before Vaadin's catch-all mapping; it leaves alone Vaadin's own requests, the
 * application's routes (Vaadin answers those, asking for a sign-in where needed) and static files.
 */
@Component
class UnknownAddresses extends AbstractHandlerMapping {

    /** Vaadin's catch-all forwarding mapping has {@code LOWEST_PRECEDENCE - 1}; this one goes just before it. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    private static final AntPathMatcher ANT = new AntPathMatcher();
    /** Files Vaadin serves itself (its bundle, service worker, icons and the like). */
    private static final String[] VAADIN_FILES = Stream.of(HandlerHelper.getPublicResources(),
            HandlerHelper.getPublicResourcesRoot(), HandlerHelper.getPublicResourcesRequiringSecurityContext())
            .flatMap(Stream::of).toArray(String[]::new);

    private final RequestUtil vaadin;
    private final HandlerMethod notFoundPage;

    UnknownAddresses(RequestUtil vaadin, SiteErrors errors) throws NoSuchMethodException {
        this.vaadin = vaadin;
        this.notFoundPage = new HandlerMethod(errors, SiteErrors.class.getDeclaredMethod("notFound",
                HttpServletRequest.class));
        setOrder(ORDER);
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (vaadin.isFrameworkInternalRequest(request) || isVaadinFile(path) || isStaticFile(path)
                || vaadin.isAnonymousRoute(request) || vaadin.isSecuredFlowRoute(request)) {
            return null;
        }
        return notFoundPage;
    }

    private static boolean isVaadinFile(String path) {
        for (String pattern : VAADIN_FILES) {
            if (ANT.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** A file under META-INF/resources (ours or a library's), served by the servlet container's default handling. */
    private boolean isStaticFile(String path) {
        if (path.endsWith("/") || path.contains("..")) {
            return false;
        }
        ServletContext context = getServletContext();
        try {
            return context != null && context.getResource(path) != null;
        } catch (MalformedURLException notAPath) {
            return false;
        }
    }
}
