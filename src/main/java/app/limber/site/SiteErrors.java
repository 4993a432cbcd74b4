package app.limber.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The public site's own "not found" (404) and "not allowed" (403) pages, in the site's layout: never the browser's
 * bare error and never the sign-in page for an address that doesn't exist. Drafts, scheduled, archived and unknown
 * items are all simply "not found" for readers.
 */
@RestControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private final PublicPages pages;
    private final PublicUrls urls;

    SiteErrors(PublicPages pages, PublicUrls urls) {
        this.pages = pages;
        this.urls = urls;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, new ErrorContent("We couldn't find that page",
                "It may have been moved, unpublished or never existed. The articles, routines and programs are "
                        + "listed below."), "Page not found");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> forbidden(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, new ErrorContent("This page isn't open to you",
                "It belongs to someone else's part of the site. If you think you should see it, ask the site's "
                        + "admin."), "Not allowed");
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, ErrorContent content,
            String title) {
        SiteFrame frame = pages.frame(request);
        PageMeta meta = new PageMeta(pages.title(title), content.message(), urls.absolute(frame.path()),
                urls.shareImage(null), "website", List.of(), false);
        return pages.render(request, status, "error", frame, meta, content, PublicPages.Audience.PRIVATE);
    }
}
