package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class RoutineListQueriesImpl implements RoutineListQueries {

    /** Sort keys the list offers, mapped to their JPQL paths; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "r.title",
            "status", "r.publication.status",
            "level", "r.level",
            "totalSeconds", "r.totalSeconds",
            "updatedAt", "r.updatedAt");

    private final EntityManager entityManager;

    RoutineListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<RoutineSummary> listSummaries(@Nullable Long authorId, RoutineFilter filter, Pageable page) {
        String jpql = "select new app.limber.content.RoutineSummary(r.id, r.title, r.slug, r.publication.status, "
                + "r.publication.publishAt, r.level, r.totalSeconds, r.updatedAt) from Routine r"
                + where(authorId, filter) + StudioListQuery.orderBy(page.getSort(), SORTABLE, "r");
        TypedQuery<RoutineSummary> query = entityManager.createQuery(jpql, RoutineSummary.class);
        bind(query, authorId, filter);
        return StudioListQuery.page(query, page).getResultList();
    }

    @Override
    public long countSummaries(@Nullable Long authorId, RoutineFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(r) from Routine r" + where(authorId, filter),
                Long.class);
        bind(query, authorId, filter);
        return query.getSingleResult();
    }

    private static String where(@Nullable Long authorId, RoutineFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (authorId != null) {
            where.append(" and r.authorId = :authorId");
        }
        if (!filter.search().isBlank()) {
            where.append(" and lower(r.title) like :search escape '\\'");
        }
        if (filter.status() != null) {
            where.append(" and r.publication.status = :status");
        }
        if (filter.tagSlug() != null) {
            where.append(" and r.id in (select tagged.id from Routine tagged join tagged.tags t where t.slug = :tag)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, @Nullable Long authorId, RoutineFilter filter) {
        if (authorId != null) {
            query.setParameter("authorId", authorId);
        }
        if (!filter.search().isBlank()) {
            query.setParameter("search", StudioListQuery.containsPattern(filter.search()));
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.tagSlug() != null) {
            query.setParameter("tag", filter.tagSlug());
        }
    }

}
