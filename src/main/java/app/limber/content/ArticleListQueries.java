package app.limber.content;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The studio list: one query for a page of rows and one for the count, filtered and sorted in SQL. */
interface ArticleListQueries {

    List<ArticleSummary> listSummaries(@Nullable Long authorId, ArticleFilter filter, Pageable page);

    long countSummaries(@Nullable Long authorId, ArticleFilter filter);
}
