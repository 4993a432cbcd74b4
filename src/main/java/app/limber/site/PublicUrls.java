package app.limber.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of public pages, built from {@code limber.public-url} (LIMBER_PUBLIC_URL) and never from the
 * request's Host header, for canonical links, link previews and structured data.
 */
@Component
public class PublicUrls {

    /** The picture link previews show for a page without a cover of its own. */
    public static final String DEFAULT_SHARE_IMAGE = "/site/share.png";

    private final String base;

    public PublicUrls(@Value("${limber.public-url}") String publicUrl) {
        this.base = publicUrl.replaceAll("/+$", "");
    }

    /** The absolute address of a path on this site ("/articles/x" → "https://yoga.example.com/articles/x"). */
    public String absolute(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * The share picture's absolute address: the item's own in the 1200×630 share size, or the site's default picture.
     */
    public String shareImage(@org.jspecify.annotations.Nullable String ownPicture) {
        return absolute(ownPicture == null ? DEFAULT_SHARE_IMAGE
                : app.limber.content.PictureSize.SHARE.urlOf(ownPicture));
    }
}
