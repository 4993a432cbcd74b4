package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
        TypedQuery<ArticleRow> query = entityManager.createQuery(ArticleRepository.ROW + liveWhere(search)
                + " order by a.publication.publishAt desc, a.id desc", ArticleRow.class);
        bindLive(query, search, now, visible);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countLive(ArticleSearch search, Instant now, Collection<Visibility> visible) {
        TypedQuery<Long> query = entityManager.createQuery("select count(a) from Article a" + liveWhere(search),
                Long.class);
        bindLive(query, search, now, visible);
        return query.getSingleResult();
    }

    private static String liveWhere(ArticleSearch search) {
        StringBuilder where = new StringBuilder(" where " + LiveContent.ARTICLE + " and a.visibility in :visible");
        if (!search.words().isEmpty()) {
            where.append(" and (lower(a.title) like :words escape '\\' or lower(a.excerpt) like :words escape '\\')");
        }
        if (search.tagSlug() != null) {
            where.append(" and a.id in (select tagged.id from Article tagged join tagged.tags t where t.slug = :tag)");
        }
        return where.toString();
    }

    private static void bindLive(TypedQuery<?> query, ArticleSearch search, Instant now,
            Collection<Visibility> visible) {
        query.setParameter("now", now).setParameter("visible", visible);
        if (!search.words().isEmpty()) {
            query.setParameter("words", StudioListQuery.containsPattern(search.words()));
        }
        if (search.tagSlug() != null) {
            query.setParameter("tag", search.tagSlug());
        }
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ArticleFilter filter) {
        return LIST.count(entityManager, authorId, filter, List.of());
    }
}
