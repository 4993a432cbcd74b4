package app.limber.site;

import app.limber.content.InstructorProfiles;

import app.limber.site.seo.StructuredData;
import app.limber.site.seo.StructuredData.Crumb;
import app.limber.content.ArticleCard;
import app.limber.content.ArticlePage;
import app.limber.content.ArticleSearch;
import app.limber.content.ArticleService;
import app.limber.content.CommentableItem;
import app.limber.content.ReaderListPage;
import app.limber.content.RoutineService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles for readers: the list ({@code /articles}), one article, and the studio's "preview as reader". */
@RestController
class ArticleController {

    static final int PAGE_SIZE = 12;

    private final ArticleService articles;
    private final RoutineService routines;
    private final Discussions discussions;
    private final CommentPosting posting;
    private final PublicPages pages;
    private final PublicUrls urls;
    private final InstructorProfiles instructors;
    private final StructuredData structuredData;

    ArticleController(ArticleService articles, RoutineService routines, Discussions discussions,
            CommentPosting posting, PublicPages pages, PublicUrls urls,
            StructuredData structuredData, InstructorProfiles instructors) {
        this.instructors = instructors;
        this.structuredData = structuredData;
        this.posting = posting;
        this.articles = articles;
        this.routines = routines;
        this.discussions = discussions;
        this.pages = pages;
        this.urls = urls;
    }

    @GetMapping("/articles")
    ResponseEntity<byte[]> list(HttpServletRequest request, @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "tag", defaultValue = "") String tag,
            @RequestParam(name = "page", defaultValue = "1") String page) {
        SiteFrame frame = pages.frame(request);
        ArticleSearch search = new ArticleSearch(words, tag);
        ReaderListPage<ArticleCard> list = articles.liveArticles(search, PageNumbers.parse(page), PAGE_SIZE,
                frame.signedIn());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", search.words());
        filters.put("tag", search.tagSlug());
        ArticleListContent content = new ArticleListContent(list, search, routines.allTags(),
                Pager.of("/articles", list, filters));
        String title = list.page() > 1 ? "Articles, page " + list.page() : "Articles";
        PageMeta meta = new PageMeta(pages.title(title), "Articles on foot, ankle and hip mobility for runners, "
                + "newest first.", urls.absolute(PageNumbers.canonical("/articles", list.page())),
                urls.shareImage(null), "website", List.of(structuredData.collectionPage(title, "/articles")), search.words().isEmpty() && search.tagSlug() == null);
        return pages.render(request, HttpStatus.OK, "articles/list", frame, meta, content,
                PublicPages.Audience.EVERYONE);
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<byte[]> article(HttpServletRequest request, @PathVariable String slug,
            @RequestParam(name = "comment", required = false) String outcome,
            @RequestParam(name = "reply", required = false) String reply) {
        SiteFrame frame = pages.frame(request);
        Optional<ArticlePage> found = articles.findLive(slug, frame.signedIn());
        if (found.isEmpty()) {
            return MembersOnlyPages.teaserOrNotFound(pages, urls, request, frame, "article", "read",
                    frame.signedIn() ? Optional.empty() : articles.membersOnlyTeaser(slug));
        }
        ArticlePage article = found.get();
        DiscussionContent discussion = discussions.under(frame, CommentableItem.Kind.ARTICLE,
                article.id(), "/articles/" + article.slug(), outcome, reply);
        return page(request, HttpStatus.OK, frame, article, discussion);
    }

    /** A comment from the form under an article: a redirect once stored, the form again with the reason if not. */
    @PostMapping("/articles/{slug}/comments")
    ResponseEntity<byte[]> comment(HttpServletRequest request, @PathVariable String slug) {
        return posting.handle(request, CommentableItem.Kind.ARTICLE, "/articles/" + slug, slug, (frame, refusal) -> {
            ArticlePage article = articles.findLive(slug, frame.signedIn()).orElseThrow(NotFoundException::new);
            return page(request, HttpStatus.UNPROCESSABLE_CONTENT, frame, article, discussions.refused(frame,
                    CommentableItem.Kind.ARTICLE, article.id(), "/articles/" + article.slug(), refusal));
        });
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, SiteFrame frame,
            ArticlePage article, DiscussionContent discussion) {
        ArticleContent content = new ArticleContent(article, ArticleBlocks.of(article, frame.signedIn()),
                discussion, null, instructors.of(article.authorId()));
        return pages.render(request, status, "articles/article", frame, meta(article), content,
                PublicPages.Audience.EVERYONE, PublicPages.latest(article.changedAt(),
                        discussion == null ? null : discussion.lastChange()));
    }

    /** "Preview as reader": the same page for an article in any status, to its author and admins only. */
    @GetMapping("/studio/articles/{id}/preview")
    ResponseEntity<byte[]> preview(HttpServletRequest request, @PathVariable long id) {
        SiteFrame frame = pages.frame(request);
        ArticlePage article = articles.preview(id).orElseThrow(NotFoundException::new);
        ArticleContent content = new ArticleContent(article, ArticleBlocks.of(article,
                article.visibility() == app.limber.content.Visibility.MEMBERS), null, "/studio/articles/" + id,
                instructors.of(article.authorId()));
        return pages.render(request, HttpStatus.OK, "articles/article", frame, meta(article).notIndexed(), content,
                PublicPages.Audience.PRIVATE);
    }

    private PageMeta meta(ArticlePage article) {
        String path = "/articles/" + article.slug();
        List<String> structured = List.of(structuredData.article(article), structuredData.breadcrumbs(List.of(
                new Crumb("Home", "/"), new Crumb("Articles", "/articles"), new Crumb(article.title(), path))));
        return new PageMeta(pages.title(article.title()), Descriptions.of(article.excerpt(), article.bodyHtml()),
                urls.absolute(path), urls.shareImage(article.coverImageUrl()), "article", structured, true);
    }
}
