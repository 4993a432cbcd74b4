package app.limber.content;

import app.limber.account.PersonDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sitemap and the feed list: every live article, routine and tag page, members-only ones included (their
 * pages are public teasers: title, summary and cover), never drafts, items scheduled for later or archived items.
 */
@Service
@PreAuthorize("permitAll()")
public class SiteIndex {

    private final ArticleRepository articles;
    private final RoutineRepository routines;
    private final PersonDirectory directory;
    private final Markdown markdown;
    private final Clock clock;

    SiteIndex(ArticleRepository articles, RoutineRepository routines, PersonDirectory directory, Markdown markdown,
            Clock clock) {
        this.articles = articles;
        this.routines = routines;
        this.directory = directory;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The pages of live articles ({@code /articles/{slug}}), routines and tags that have live items. */
    @Transactional(readOnly = true)
    public List<IndexedPage> livePages() {
        Instant now = clock.instant();
        List<IndexedPage> pages = new ArrayList<>();
        articles.findLiveIndex(now).forEach(row -> pages.add(row.page("/articles/")));
        routines.findLiveIndex(now).forEach(row -> pages.add(row.page("/routines/")));
        Map<String, IndexedPage> tagPages = new TreeMap<>();
        for (IndexRow row : concat(articles.findLiveTagIndex(now), routines.findLiveTagIndex(now))) {
            IndexedPage page = row.page("/tags/");
            tagPages.merge(row.slug(), page, (one, other) ->
                    one.lastModified().isAfter(other.lastModified()) ? one : other);
        }
        pages.addAll(tagPages.values());
        return pages;
    }

    /** The authors of live articles and routines, each with the latest change among their items. */
    @Transactional(readOnly = true)
    public List<AuthorRow> liveAuthors() {
        Instant now = clock.instant();
        return concat(articles.findLiveAuthors(now), routines.findLiveAuthors(now));
    }

    /** The newest live articles, newest first; members-only ones without their text. */
    @Transactional(readOnly = true)
    public List<FeedArticle> latestArticles(int limit) {
        List<Article> latest = articles.findLatestLiveArticles(clock.instant(), Limit.of(limit));
        Map<Long, String> names = directory.displayNames(latest.stream().map(Article::authorId).distinct().toList());
        return latest.stream().map(article -> new FeedArticle(article.slug(), article.title(), article.excerpt(),
                names.getOrDefault(article.authorId(), ""), article.publication().publishAt(), lastChange(article),
                article.visibility(),
                article.visibility() == Visibility.PUBLIC ? markdown.toSafeHtml(article.body()) : null)).toList();
    }

    private static Instant lastChange(Article article) {
        return IndexedPage.of("", article.updatedAt(), article.publication().publishAt()).lastModified();
    }

    private static <T> List<T> concat(List<T> one, List<T> other) {
        List<T> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }
}
