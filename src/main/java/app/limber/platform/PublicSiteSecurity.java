package app.limber.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.AntPathMatcher;

/**
 * The addresses of the server-rendered public site and the rules that keep a visitor's reading free of sessions:
 * which paths belong to it, and which form posts a guest sends without a session (the comment forms, protected by
 * a signed form token and the same-origin check instead of the session's CSRF token).
 */
final class PublicSiteSecurity {

    /** Pages, their static files, and the machine-readable addresses (sitemap, robots, feed). */
    static final String[] PATHS = {"/", "/articles", "/articles/**", "/routines", "/routines/**", "/programs",
            "/programs/**", "/tags/**", "/instructors/**", "/site/**", "/sitemap.xml", "/robots.txt", "/feed.atom",
            "/studio/articles/*/preview", "/studio/routines/*/preview", "/studio/programs/*/preview"};

    /** The studio's "preview as reader" pages: signed-in people (the services check the role and whose item it is). */
    static final String[] PREVIEWS = {"/studio/articles/*/preview", "/studio/routines/*/preview",
            "/studio/programs/*/preview"};

    /** Where the comment forms post. */
    static final String[] COMMENT_POSTS = {"/articles/*/comments", "/routines/*/comments"};

    private static final AntPathMatcher ANT = new AntPathMatcher();

    private PublicSiteSecurity() {
    }

    /** A comment form post, whoever sends it. */
    static final RequestMatcher COMMENT_POST = request -> "POST".equals(request.getMethod())
            && matchesAny(path(request), COMMENT_POSTS);

    /**
     * Posts that need the session's CSRF token: all of them except a guest's comment (nobody signed in), which has
     * no session to hold a token and carries the signed form token instead.
     */
    static final RequestMatcher NEEDS_SESSION_CSRF_TOKEN = request -> {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        return !(COMMENT_POST.matches(request) && !signedIn());
    };

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean matchesAny(String path, String[] patterns) {
        for (String pattern : patterns) {
            if (ANT.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }
}
