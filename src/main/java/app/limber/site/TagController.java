package app.limber.site;

import app.limber.site.seo.StructuredData;
import app.limber.site.seo.StructuredData.Crumb;
import app.limber.content.ArticleService;
import app.limber.content.TagPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Everything live with one tag, at {@code /tags/{slug}}: articles first, then routines. */
@RestController
class TagController {

    private final ArticleService articles;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final StructuredData structuredData;

    TagController(ArticleService articles, PublicPages pages, PublicUrls urls,
            StructuredData structuredData) {
        this.structuredData = structuredData;
        this.articles = articles;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/tags/{slug}")
    ResponseEntity<byte[]> tag(HttpServletRequest request, @PathVariable String slug) {
        SiteFrame frame = pages.frame(request);
        TagPage tag = articles.tagPage(slug, frame.signedIn()).orElseThrow(NotFoundException::new);
        String url = urls.absolute("/tags/" + tag.slug());
        PageMeta meta = new PageMeta(pages.title("#" + tag.name()), "Articles and routines about " + tag.name()
                + ".", url, urls.shareImage(null), "website", List.of(
                        structuredData.collectionPage(tag.name(), "/tags/" + tag.slug()),
                        structuredData.breadcrumbs(List.of(new Crumb("Home", "/"),
                                new Crumb("#" + tag.name(), "/tags/" + tag.slug())))), true);
        return pages.render(request, HttpStatus.OK, "tags/tag", frame, meta, tag, PublicPages.Audience.EVERYONE);
    }
}
