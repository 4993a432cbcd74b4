package app.limber.site;

import app.limber.account.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers a visitor's GET of a public page from the {@link VisitorPageCache} when it holds a fresh copy, before the
 * controller reads anything; otherwise marks the request so that {@link PublicPages} keeps what it renders. Signed-in
 * members always get a page rendered for them.
 */
@Configuration
class VisitorPageCacheConfig implements WebMvcConfigurer, HandlerInterceptor {

    /** The pages every visitor sees alike (the controllers decide which answers are kept: never members-only ones). */
    static final String[] PAGES = {"/", "/articles", "/articles/*", "/routines", "/routines/*", "/programs",
            "/programs/*", "/tags/*", "/instructors/*"};

    static final String PENDING = VisitorPageCache.Pending.class.getName();

    private final VisitorPageCache cache;

    VisitorPageCacheConfig(VisitorPageCache cache) {
        this.cache = cache;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PAGES);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception failure) {
        if (request.getAttribute(PENDING) instanceof VisitorPageCache.Pending pending) {
            cache.rendered(pending);
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, InterruptedException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || SignedInPerson.currentOrNull() != null) {
            return true;
        }
        String query = request.getQueryString();
        String key = request.getRequestURI() + (query == null ? "" : "?" + query);
        VisitorPageCache.Page page = cache.findOrWait(key);
        if (page == null) {
            request.setAttribute(PENDING, cache.pending(key));
            return true;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PublicPages.SHARED.getHeaderValue());
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        if (PublicPages.notModified(request, page.etag(), page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        response.setContentType(PublicPages.HTML.toString());
        response.setContentLength(page.body().length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(page.body());
        }
        return false;
    }
}
