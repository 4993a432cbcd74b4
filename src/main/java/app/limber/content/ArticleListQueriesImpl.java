package app.limber.content;

import jakarta.persistence.EntityManager;
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

    private final EntityManager entityManager;

    ArticleListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ArticleSummary> listSummaries(@Nullable Long authorId, ArticleFilter filter, Pageable page) {
        return LIST.list(entityManager, authorId, filter, List.of(), page);
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ArticleFilter filter) {
        return LIST.count(entityManager, authorId, filter, List.of());
    }
}
