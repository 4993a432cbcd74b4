package app.limber.site;

import java.util.List;

/**
 * What the layout puts in a page's head for browsers, search engines and link previews: the tab title, the meta
 * description, the canonical address, the share picture (Open Graph and Twitter card), the Open Graph type, and the
 * JSON-LD documents (each a complete JSON text, printed inside {@code <script type="application/ld+json">}).
 * {@code indexable} false asks crawlers to leave the page out (previews, error pages).
 */
public record PageMeta(String title, String description, String canonicalUrl, String imageUrl, String ogType,
        List<String> jsonLd, boolean indexable) {

    public PageMeta {
        jsonLd = List.copyOf(jsonLd);
        description = description.strip();
    }

    /** The same page with these JSON-LD documents instead of its own. */
    public PageMeta withJsonLd(List<String> documents) {
        return new PageMeta(title, description, canonicalUrl, imageUrl, ogType, documents, indexable);
    }

    /** The same page, kept out of search engines. */
    public PageMeta notIndexed() {
        return new PageMeta(title, description, canonicalUrl, imageUrl, ogType, jsonLd, false);
    }
}
