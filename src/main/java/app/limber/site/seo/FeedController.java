package app.limber.site.seo;

import app.limber.content.FeedArticle;
import app.limber.content.SiteIndex;
import app.limber.settings.SiteSettingsService;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import app.limber.site.PublicUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /feed.atom}: the newest articles as an Atom 1.0 feed (RFC 4287). Public articles carry their text;
 * members-only ones only their summary.
 */
@RestController
class FeedController {

    static final String PATH = "/feed.atom";
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final int ENTRIES = 20;

    private final SiteIndex content;
    private final SiteSettingsService settings;
    private final PublicUrls urls;

    FeedController(SiteIndex content, SiteSettingsService settings, PublicUrls urls) {
        this.content = content;
        this.settings = settings;
        this.urls = urls;
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(WebRequest request) {
        List<FeedArticle> articles = content.latestArticles(ENTRIES);
        String siteName = settings.siteName();
        // An empty feed still needs an "updated"; the epoch keeps it (and its ETag) stable until the first article.
        Instant updated = articles.stream().map(FeedArticle::updatedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        XmlDocument xml = new XmlDocument("feed", NAMESPACE)
                .element("id", urls.absolute("/"))
                .element("title", siteName)
                .element("updated", updated.toString())
                .empty("link", "rel", "self", "type", ATOM.getType() + "/" + ATOM.getSubtype(), "href",
                        urls.absolute(PATH))
                .empty("link", "rel", "alternate", "type", "text/html", "href", urls.absolute("/articles"))
                .start("author").element("name", siteName).end()
                .element("generator", "Limber");
        for (FeedArticle article : articles) {
            String url = urls.absolute("/articles/" + article.slug());
            xml.start("entry")
                    .element("id", url)
                    .element("title", article.title())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                    .element("published", article.publishedAt().toString())
                    .element("updated", article.updatedAt().toString())
                    .start("author").element("name", article.authorName()).end()
                    .element("summary", article.summary(), "type", "text");
            if (article.contentHtml() != null) {
                xml.element("content", article.contentHtml(), "type", "html");
            }
            xml.end();
        }
        return MachineReadable.send(request, ATOM, xml.finish());
    }
}
