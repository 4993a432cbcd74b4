package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class ArticleListQueriesImpl implements ArticleListQueries {

    /** Sort keys the list offers, mapped to their JPQL paths; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title",
            "status", "a.publication.status",
            "publishAt", "a.publication.publishAt",
            "visibility", "a.visibility",
            "updatedAt", "a.updatedAt");

    private final EntityManager entityManager;

    ArticleListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ArticleSummary> listSummaries(@Nullable Long authorId, ArticleFilter filter, Pageable page) {
        String jpql = "select new app.limber.content.ArticleSummary(a.id, a.title, a.slug, a.publication.status, "
                + "a.publication.publishAt, a.visibility, a.updatedAt) from Article a"
                + where(authorId, filter) + StudioListQuery.orderBy(page.getSort(), SORTABLE, "a");
        TypedQuery<ArticleSummary> query = entityManager.createQuery(jpql, ArticleSummary.class);
        bind(query, authorId, filter);
        return StudioListQuery.page(query, page).getResultList();
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ArticleFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(a) from Article a" + where(authorId, filter),
                Long.class);
        bind(query, authorId, filter);
        return query.getSingleResult();
    }

    private static String where(@Nullable Long authorId, ArticleFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (authorId != null) {
            where.append(" and a.authorId = :authorId");
        }
        if (!filter.search().isBlank()) {
            where.append(" and lower(a.title) like :search escape '\\'");
        }
        if (filter.status() != null) {
            where.append(" and a.publication.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, @Nullable Long authorId, ArticleFilter filter) {
        if (authorId != null) {
            query.setParameter("authorId", authorId);
        }
        if (!filter.search().isBlank()) {
            query.setParameter("search", StudioListQuery.containsPattern(filter.search()));
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }

}
