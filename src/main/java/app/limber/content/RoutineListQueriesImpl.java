package app.limber.content;

import app.limber.content.StudioListQuery.Condition;
import jakarta.persistence.EntityManager;
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

    private static final ReaderListQuery<RoutineCard> LIVE = new ReaderListQuery<>(RoutineCard.class,
            RoutineRepository.CARD, "Routine", "r", LiveContent.ROUTINE, "summary");

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
        return LIVE.list(entityManager, liveConditions(search), now, visible, offset, limit);
    }

    @Override
    public long countLive(RoutineSearch search, Instant now, Collection<Visibility> visible) {
        return LIVE.count(entityManager, liveConditions(search), now, visible);
    }

    private static List<Condition> liveConditions(RoutineSearch search) {
        List<Condition> conditions = LIVE.conditions(search.words(), search.tagSlug(), search.authorId());
        if (search.level() != null) {
            conditions.add(new Condition("r.level = :level", "level", search.level()));
        }
        if (search.maxMinutes() != null) {
            conditions.add(new Condition("r.totalSeconds <= :maxSeconds", "maxSeconds", search.maxMinutes() * 60));
        }
        return conditions;
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
