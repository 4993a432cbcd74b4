package app.limber.program;

import app.limber.content.StudioListQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

class ProgramListQueriesImpl implements ProgramListQueries {

    /** Sort keys the list offers, mapped to their JPQL paths; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "p.title",
            "status", "p.publication.status",
            "lengthDays", "p.lengthDays",
            "updatedAt", "p.updatedAt");

    private final EntityManager entityManager;

    ProgramListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ProgramSummary> listSummaries(@Nullable Long authorId, ProgramFilter filter, Pageable page) {
        String jpql = "select new app.limber.program.ProgramSummary(p.id, p.title, p.slug, p.publication.status, "
                + "p.publication.publishAt, p.lengthDays, p.visibility, p.updatedAt) from Program p"
                + where(authorId, filter) + StudioListQuery.orderBy(page.getSort(), SORTABLE, "p");
        TypedQuery<ProgramSummary> query = entityManager.createQuery(jpql, ProgramSummary.class);
        bind(query, authorId, filter);
        return StudioListQuery.page(query, page).getResultList();
    }

    @Override
    public long countSummaries(@Nullable Long authorId, ProgramFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(p) from Program p" + where(authorId, filter),
                Long.class);
        bind(query, authorId, filter);
        return query.getSingleResult();
    }

    private static String where(@Nullable Long authorId, ProgramFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (authorId != null) {
            where.append(" and p.authorId = :authorId");
        }
        if (!filter.search().isBlank()) {
            where.append(" and lower(p.title) like :search escape '\\'");
        }
        if (filter.status() != null) {
            where.append(" and p.publication.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, @Nullable Long authorId, ProgramFilter filter) {
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
