package app.limber.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
                + where(authorId, filter) + orderBy(page.getSort());
        TypedQuery<RoutineSummary> query = entityManager.createQuery(jpql, RoutineSummary.class);
        bind(query, authorId, filter);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        return query.getResultList();
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
            String escaped = filter.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("search", "%" + escaped + "%");
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.tagSlug() != null) {
            query.setParameter("tag", filter.tagSlug());
        }
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? "r.updatedAt desc" : order + ", r.id");
    }
}
