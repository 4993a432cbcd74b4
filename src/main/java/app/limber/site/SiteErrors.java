package app.limber.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The public site's own "not found" (404) and "not allowed" (403) pages, in the site's layout: never the browser's
 * bare error and never the sign-in page for an address that doesn't exist. Drafts, scheduled, archived and unknown
 * items are all simply "not found" for readers. Besides the site's controllers, {@link UnknownAddresses} (addresses
 * nothing serves) and {@link SiteErrorPages} (errors answered elsewhere, such as a refused form post) use them.
 */
@RestControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    static final ErrorContent NOT_FOUND = new ErrorContent("We couldn't find that page",
            "It may have been moved, unpublished or never existed. The articles, routines and programs are "
                    + "listed below.");
    static final ErrorContent FORBIDDEN = new ErrorContent("This page isn't open to you",
            "It belongs to someone else's part of the site. If you think you should see it, ask the site's admin.");
    static final ErrorContent BAD_REQUEST = new ErrorContent("That didn't work",
            "The address or the form sent was not one this site understands. Start again from one of the pages "
                    + "below.");

    private final PublicPages pages;
    private final PublicUrls urls;

    SiteErrors(PublicPages pages, PublicUrls urls) {
        this.pages = pages;
        this.urls = urls;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> forbidden(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN);
    }

    /** The site's page for a 4xx status: "not found" for 404 and 405, "not allowed" for 401 and 403. */
    ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatusCode status) {
        ErrorContent content = switch (status.value()) {
            case 404, 405, 410 -> NOT_FOUND;
            case 401, 403 -> FORBIDDEN;
            default -> BAD_REQUEST;
        };
        String title = content == NOT_FOUND ? "Page not found" : content == FORBIDDEN ? "Not allowed"
                : "Request not understood";
        SiteFrame frame = pages.frame(request);
        PageMeta meta = new PageMeta(pages.title(title), content.message(), urls.absolute(frame.path()),
                urls.shareImage(null), "website", List.of(), false);
        return pages.render(request, HttpStatus.valueOf(status.value()), "error", frame, meta, content,
                PublicPages.Audience.PRIVATE);
    }
}
