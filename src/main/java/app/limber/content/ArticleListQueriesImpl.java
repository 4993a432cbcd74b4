package app.limber.content;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

class ArticleListQueriesImpl implements ArticleListQueries {

    private static final StudioListQuery<ArticleSummary> LIST = new StudioListQuery<>(ArticleSummary.class,
            "Article", "a",
            "a.id, a.title, a.slug, a.publication.status, a.publication.publishAt, a.visibility, a.updatedAt",
            Map.of(
                    "title", "a.title",
                    "status", "a.publication.status",
                    "publishAt", "a.publication.publishAt",
                    "visibility", "a.visibility",
                    "updatedAt", "a.updatedAt"));

    private static final ReaderListQuery<ArticleRow> LIVE = new ReaderListQuery<>(ArticleRow.class,
            ArticleRepository.ROW, "Article", "a", LiveContent.ARTICLE, "excerpt");

    private final EntityManager entityManager;

    ArticleListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ArticleSummary> listSummaries(@Nullable Long authorId, ArticleFilter filter, Pageable page) {
        return LIST.list(entityManager, authorId, filter, List.of(), page);
    }

    @Override
    public List<ArticleRow> listLive(ArticleSearch search, Instant now, Collection<Visibility> visible, int offset,
            int limit) {
        return LIVE.list(entityManager, liveConditions(search), now, visible, offset, limit);
    }

    @Override
    public long countLive(ArticleSearch search, Instant now, Collection<Visibility> visible) {
        return LIVE.count(entityManager, liveConditions(search), now, visible);
    }

    private static List<StudioListQuery.Condition> liveConditions(ArticleSearch search) {
        return LIVE.conditions(search.words(), search.tagSlug(), search.authorId());
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ArticleFilter filter) {
        return LIST.count(entityManager, authorId, filter, List.of());
    }
}
