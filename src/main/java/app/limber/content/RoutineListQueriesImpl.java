package app.limber.content;

import app.limber.content.StudioListQuery.Condition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

class RoutineListQueriesImpl implements RoutineListQueries {

    private static final StudioListQuery<RoutineSummary> LIST = new StudioListQuery<>(RoutineSummary.class,
            "Routine", "r",
            "r.id, r.title, r.slug, r.publication.status, r.publication.publishAt, r.level, r.totalSeconds, "
                    + "r.updatedAt",
            Map.of(
                    "title", "r.title",
                    "status", "r.publication.status",
                    "level", "r.level",
                    "totalSeconds", "r.totalSeconds",
                    "updatedAt", "r.updatedAt"));

    private final EntityManager entityManager;

    RoutineListQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<RoutineSummary> listSummaries(@Nullable Long authorId, RoutineFilter filter, Pageable page) {
        return LIST.list(entityManager, authorId, filter, tagged(filter), page);
    }

    @Override
    public List<RoutineCard> listLive(RoutineSearch search, Instant now, Collection<Visibility> visible, int offset,
            int limit) {
        TypedQuery<RoutineCard> query = entityManager.createQuery(RoutineRepository.CARD + liveWhere(search)
                + " order by r.publication.publishAt desc, r.id desc", RoutineCard.class);
        bindLive(query, search, now, visible);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countLive(RoutineSearch search, Instant now, Collection<Visibility> visible) {
        TypedQuery<Long> query = entityManager.createQuery("select count(r) from Routine r" + liveWhere(search),
                Long.class);
        bindLive(query, search, now, visible);
        return query.getSingleResult();
    }

    private static String liveWhere(RoutineSearch search) {
        StringBuilder where = new StringBuilder(" where " + LiveContent.ROUTINE + " and r.visibility in :visible");
        if (!search.words().isEmpty()) {
            where.append(" and (lower(r.title) like :words escape '\\' or lower(r.summary) like :words escape '\\')");
        }
        if (search.tagSlug() != null) {
            where.append(" and r.id in (select tagged.id from Routine tagged join tagged.tags t where t.slug = :tag)");
        }
        if (search.level() != null) {
            where.append(" and r.level = :level");
        }
        if (search.maxMinutes() != null) {
            where.append(" and r.totalSeconds <= :maxSeconds");
        }
        return where.toString();
    }

    private static void bindLive(TypedQuery<?> query, RoutineSearch search, Instant now,
            Collection<Visibility> visible) {
        query.setParameter("now", now).setParameter("visible", visible);
        if (!search.words().isEmpty()) {
            query.setParameter("words", StudioListQuery.containsPattern(search.words()));
        }
        if (search.tagSlug() != null) {
            query.setParameter("tag", search.tagSlug());
        }
        if (search.level() != null) {
            query.setParameter("level", search.level());
        }
        if (search.maxMinutes() != null) {
            query.setParameter("maxSeconds", search.maxMinutes() * 60);
        }
    }

    @Override
    public long countSummaries(@Nullable Long authorId, RoutineFilter filter) {
        return LIST.count(entityManager, authorId, filter, tagged(filter));
    }

    private static List<Condition> tagged(RoutineFilter filter) {
        String tagSlug = filter.tagSlug();
        return tagSlug == null ? List.of() : List.of(new Condition(
                "r.id in (select tagged.id from Routine tagged join tagged.tags t where t.slug = :tag)",
                "tag", tagSlug));
    }
}
