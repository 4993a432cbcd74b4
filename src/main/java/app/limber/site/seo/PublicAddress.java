package app.limber.site.seo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses on the public site, built from {@code limber.public-url} ({@code LIMBER_PUBLIC_URL}) and never
 * from the request's Host header, so that canonical links, the sitemap and the feed name the real site.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${limber.public-url}") String publicUrl) {
        this.base = publicUrl.strip().replaceAll("/+$", "");
    }

    /** The site's own address, without a trailing slash, e.g. {@code https://yoga.example.com}. */
    public String base() {
        return base;
    }

    /** {@code path} (starting with "/") made absolute; an address that already is absolute stays as it is. */
    public String of(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
