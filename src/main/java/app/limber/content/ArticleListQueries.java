package app.limber.content;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The studio list, and the readers' list of live articles: each one query for a page of rows and one for the count,
 * filtered and sorted in SQL.
 */
interface ArticleListQueries {

    List<ArticleRow> listLive(ArticleSearch search, java.time.Instant now, java.util.Collection<Visibility> visible,
            int offset, int limit);

    long countLive(ArticleSearch search, java.time.Instant now, java.util.Collection<Visibility> visible);

    List<ArticleSummary> listSummaries(@Nullable Long authorId, ArticleFilter filter, Pageable page);

    long countSummaries(@Nullable Long authorId, ArticleFilter filter);
}
