package app.limber.content;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routines as other features see them (programs, sessions): facts by id, one query per call. Callers decide what
 * their own users may see (drafts' titles are for the studio only).
 */
@Service
public class RoutineLookup {

    private static final String FACTS = "select new app.limber.content.RoutineFacts(r.id, r.title, r.slug, r.authorId,"
            + " r.publication.status, r.publication.publishAt, r.visibility, r.totalSeconds) from Routine r";

    private final EntityManager entityManager;

    RoutineLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The routines with these ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, RoutineFacts> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(FACTS + " where r.id in :ids", RoutineFacts.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(RoutineFacts::id, Function.identity()));
    }

    /** Every routine this author wrote, whatever its status (not archived ones), by title: for pickers in the studio. */
    @Transactional(readOnly = true)
    public List<RoutineFacts> writtenBy(long authorId) {
        return entityManager.createQuery(FACTS + " where r.authorId = :authorId"
                        + " and r.publication.status <> app.limber.content.PublishingStatus.ARCHIVED"
                        + " order by lower(r.title), r.id", RoutineFacts.class)
                .setParameter("authorId", authorId).getResultList();
    }
}
